import FiveSafesKit

extension ProvenanceRecorder {
    /// The recorder of `provenance add`, `disclosure record` and `disclosure import`: its messages name the flags.
    static var withFlags: ProvenanceRecorder {
        var recorder = ProvenanceRecorder()
        recorder.settingName = { setting in
            switch setting {
            case .agent: "--agent"
            case .tre: "--tre"
            case .result: "--result"
            case .start: "--start"
            case .end: "--end"
            case .toolURL: "--tool-url"
            case .status: "--status"
            case .newAction: "--new"
            case .object: "--object"
            case .recipient: "--recipient"
            case .sender: "--sender"
            case .informedBy: "--informed-by"
            }
        }
        recorder.commandLine = CommandHint.commandLine
        return recorder
    }
}
