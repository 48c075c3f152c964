// The types a caller of FiveSafesKit sees in its API: reports, severities, phases.
@_exported public import FiveSafesDiagnostics
@_exported public import OutputChecking
@_exported public import ProfileEngine
