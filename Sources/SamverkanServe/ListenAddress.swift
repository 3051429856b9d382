import Foundation

/// An IPv4 or IPv6 address and a port to listen on, checked when it is made.
struct ListenAddress: Sendable, Equatable {
    enum Family: Sendable {
        case ipv4
        case ipv6
    }

    let host: String
    let port: UInt16
    let family: Family

    /// - Parameter host: an IPv4 or IPv6 address; `localhost` means 127.0.0.1.
    init(host: String, port: UInt16) throws {
        let address = host == "localhost" ? "127.0.0.1" : host
        var ipv4 = in_addr()
        var ipv6 = in6_addr()
        if inet_pton(AF_INET, address, &ipv4) == 1 {
            family = .ipv4
        } else if inet_pton(AF_INET6, address, &ipv6) == 1 {
            family = .ipv6
        } else {
            throw SocketFailure("'\(host)' är ingen IPv4- eller IPv6-adress")
        }
        self.host = address
        self.port = port
    }

    /// True for addresses only this computer reaches: localhost, 127.0.0.0/8 and ::1.
    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
