SELECT count(*) FROM cohort;
