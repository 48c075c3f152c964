// The lifecycle types `provenance` shows its callers (phases, statuses, timelines, refusals).
@_exported public import ROCrate
