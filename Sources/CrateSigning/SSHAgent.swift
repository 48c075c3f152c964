#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A client of ssh-agent (draft-ietf-sshm-ssh-agent) over its Unix socket: list the keys it holds, and have one of
/// them sign. One connection per request; replies larger than OpenSSH's own limit are refused.
public struct SSHAgent: Sendable {
    /// The agent's socket (`SSH_AUTH_SOCK`).
    public let socketPath: String

    /// An agent listening at `socketPath`.
    public init(socketPath: String) {
        self.socketPath = socketPath
    }

    private enum Message: UInt8 {
        case failure = 5
        case requestIdentities = 11
        case identitiesAnswer = 12
        case signRequest = 13
        case signResponse = 14
    }

    /// OpenSSH's `AGENT_MAX_LEN`.
    private static let maximumReply = 256 * 1024
    /// How long a reply may take: the agent may ask its user to confirm (`ssh-add -c`) or to touch a token.
    private static let timeoutSeconds = 120

    /// The keys the agent holds that fivesafes can sign with (ed25519, ECDSA P-256), with their comments.
    public func identities() throws(SigningError) -> [(publicKey: SSHPublicKey, comment: String)] {
        var reply = try exchange(.requestIdentities, [], expecting: .identitiesAnswer, refusal: "refused to list its keys")
        let count = try reply.readUInt32()
        var keys: [(SSHPublicKey, String)] = []
        for _ in 0..<count {
            let blob = try reply.readString()
            let comment = try reply.readText()
            // RSA, DSA, certificates and security-key types are listed too; they are not fivesafes' to use.
            if let key = try? SSHPublicKey(blob: blob) { keys.append((key, comment)) }
        }
        return keys
    }

    /// The agent's key `publicKey`, or, when nil, its only usable key.
    public func key(matching publicKey: SSHPublicKey?) throws(SigningError) -> SSHAgentKey {
        let held = try identities()
        if let publicKey {
            guard let match = held.first(where: { $0.publicKey == publicKey }) else {
                throw SigningError(
                    "ssh-agent (\(socketPath)) does not hold the key \(publicKey.fingerprint); load it with `ssh-add KEYFILE`"
                        + (held.isEmpty ? "" : " (it holds " + held.map(\.publicKey.fingerprint).joined(separator: ", ") + ")")
                )
            }
            return SSHAgentKey(agent: self, publicKey: match.publicKey, comment: match.comment)
        }
        guard held.count == 1, let only = held.first else {
            if held.isEmpty {
                throw SigningError("ssh-agent (\(socketPath)) holds no ed25519 or ECDSA P-256 key; load one with `ssh-add KEYFILE`")
            }
            let listed = held.map { $0.publicKey.fingerprint + ($0.comment.isEmpty ? "" : " " + $0.comment) }.joined(separator: ", ")
            throw SigningError("ssh-agent holds \(held.count) usable keys", remedy: .nameAgentKey(listed))
        }
        return SSHAgentKey(agent: self, publicKey: only.publicKey, comment: only.comment)
    }

    /// Has the agent sign `data` with `publicKey`; returns the wire-encoded signature.
    func sign(_ data: [UInt8], with publicKey: SSHPublicKey) throws(SigningError) -> [UInt8] {
        var body = SSHWireWriter()
        body.appendString(publicKey.blob)
        body.appendString(data)
        body.appendUInt32(0)
        var reply = try exchange(
            .signRequest, body.bytes, expecting: .signResponse,
            refusal: "refused to sign with \(publicKey.fingerprint) (the key may have been removed, or need a confirmation that was denied)"
        )
        return try reply.readString()
    }

    /// Sends one request and reads its reply, past the message type.
    private func exchange(_ request: Message, _ body: [UInt8], expecting: Message, refusal: String) throws(SigningError) -> SSHWireReader {
        let descriptor = try openConnection()
        defer { close(descriptor) }
        var framed = SSHWireWriter()
        framed.appendUInt32(UInt32(body.count + 1))
        framed.appendRaw([request.rawValue])
        framed.appendRaw(body)
        try transmit(framed.bytes, on: descriptor)
        var header = SSHWireReader(try receive(4, on: descriptor), what: "the ssh-agent reply")
        let length = Int(try header.readUInt32())
        guard (1...Self.maximumReply).contains(length) else {
            throw SigningError("ssh-agent (\(socketPath)) sent a reply of \(length) bytes (1 to \(Self.maximumReply) expected)")
        }
        let reply = try receive(length, on: descriptor)
        switch reply[0] {
        case expecting.rawValue: return SSHWireReader(reply.dropFirst(), what: "the ssh-agent reply")
        case Message.failure.rawValue: throw SigningError("ssh-agent (\(socketPath)) \(refusal)")
        case let other: throw SigningError("ssh-agent (\(socketPath)) answered with message \(other), not \(expecting.rawValue)")
        }
    }

    private func openConnection() throws(SigningError) -> Int32 {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let path = Array(socketPath.utf8)
        guard !path.isEmpty, path.count < MemoryLayout.size(ofValue: address.sun_path), !path.contains(0) else {
            throw SigningError("the ssh-agent socket path \(socketPath) is empty or too long for a Unix socket")
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: path)
            raw[path.count] = 0
        }
        #if canImport(Darwin)
            let descriptor = socket(AF_UNIX, SOCK_STREAM, 0)
        #else
            let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        #endif
        guard descriptor >= 0 else { throw SigningError("cannot make a socket for ssh-agent: \(String(cString: strerror(errno)))") }
        var timeout = timeval(tv_sec: Self.timeoutSeconds, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard connected == 0 else {
            let code = errno
            close(descriptor)
            switch code {
            case ENOENT:
                throw SigningError(
                    "no ssh-agent at \(socketPath) (SSH_AUTH_SOCK): the socket does not exist; start one with `eval $(ssh-agent)` and `ssh-add KEYFILE`"
                )
            case ECONNREFUSED: throw SigningError("ssh-agent at \(socketPath) refused the connection (is it still running?)")
            default: throw SigningError("cannot connect to ssh-agent at \(socketPath): \(String(cString: strerror(code)))")
            }
        }
        return descriptor
    }

    private func transmit(_ bytes: [UInt8], on descriptor: Int32) throws(SigningError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { throw SigningError("cannot write to ssh-agent at \(socketPath): \(String(cString: strerror(errno)))") }
            offset += written
        }
    }

    private func receive(_ count: Int, on descriptor: Int32) throws(SigningError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var offset = 0
        while offset < count {
            let read = bytes[offset...].withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if read < 0 && errno == EINTR { continue }
            if read < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
                throw SigningError("ssh-agent at \(socketPath) did not answer within \(Self.timeoutSeconds) s")
            }
            guard read > 0 else {
                throw SigningError(
                    "ssh-agent at \(socketPath) closed the connection mid-reply" + (read < 0 ? ": \(String(cString: strerror(errno)))" : "")
                )
            }
            offset += read
        }
        return bytes
    }
}
