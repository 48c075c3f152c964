/// A command a note or message tells the user to run next. The library names it by this value; a front end says
/// how the user runs it (a `commandLine` closure: the CLI passes its command lines), so no command line is spelled
/// in the library.
public enum CommandHint: Sendable, Equatable {
    /// Regenerate a bag's manifests (and bag-info.txt) from its payload; the bag's path, when the note names it.
    case refreshBag(String?)
    /// Create a Five Safes 1.0 crate, whose activity record holds the request.
    case initVersion10
    /// Rewrite a 0.4 or 0.5 crate as a Five Safes 1.0 working record.
    case migrateTo10

    /// The hint in plain words, for front ends that have no command line.
    public var description: String {
        switch self {
        case .refreshBag(let bag): "refresh the manifests of the bag" + (bag.map { " \($0)" } ?? "")
        case .initVersion10: "create a Five Safes 1.0 crate"
        case .migrateTo10: "migrate the crate to Five Safes 1.0"
        }
    }
}
