/// What a link written in Markdown points at, by the contract's rules: a site path
/// (`/organ/sro/`), a content file's path (`meetings/2024/2024-10-03-sro.md`), an anchor on the same
/// page, or somewhere outside the site.
public enum LinkTarget: Sendable, Hashable {
    case external
    case sameDocument(anchor: String)
    /// A path of the site (a page URL ending in `/`, or a file such as `/files/x.pdf`) and an optional anchor.
    case site(path: String, anchor: String?)
    case unsafe(scheme: String)
    case invalid(reason: String)

    public init(_ destination: String) {
        let trimmed = Self.trimmingSpaces(destination)
        if trimmed.isEmpty {
            self = .invalid(reason: "länken saknar mål")
            return
        }
        if let scheme = Self.scheme(of: trimmed) {
            self = ["javascript", "vbscript", "data", "file"].contains(scheme.lowercased())
                ? .unsafe(scheme: scheme) : .external
            return
        }
        if trimmed.hasPrefix("//") {
            self = .external
            return
        }
        if trimmed.hasPrefix("#") {
            self = .sameDocument(anchor: String(trimmed.dropFirst()))
            return
        }
        var path = trimmed
        var anchor: String?
        if let hash = path.firstIndex(of: "#") {
            anchor = String(path[path.index(after: hash)...])
            path = String(path[..<hash])
        }
        if let query = path.firstIndex(of: "?") { path = String(path[..<query]) }
        if path.contains("%") { path = path.removingPercentEncoding ?? path }
        if path.hasPrefix("/") {
            if path.split(separator: "/").contains("..") {
                self = .invalid(reason: "sökvägen lämnar webbplatsen")
                return
            }
            self = .site(path: Self.normalisedSitePath(path), anchor: anchor)
            return
        }
        self = Self.fromContentPath(path, anchor: anchor)
    }

    /// `meetings/2024/2024-10-03-sro.md` → `/moten/2024/2024-10-03-sro/` and so on.
    package static func fromContentPath(_ written: String, anchor: String?) -> LinkTarget {
        var parts: [Substring] = []
        for part in written.split(separator: "/") where part != "." {
            if part == ".." {
                if parts.isEmpty { return .invalid(reason: "sökvägen lämnar innehållsmappen") }
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        let name = parts.last.map { $0.hasSuffix(".md") ? String($0.dropLast(3)) : String($0) } ?? ""
        switch (parts.first, parts.count) {
        case ("files", 2...):
            return .site(path: "/" + parts.joined(separator: "/"), anchor: anchor)
        case ("meetings", 3) where parts[2].hasSuffix(".md"):
            if let year = Int(parts[1]) { return .site(path: SiteURL.meeting(year: year, slug: name), anchor: anchor) }
        case ("bodies", 2) where parts[1].hasSuffix(".md"):
            return .site(path: SiteURL.body(name), anchor: anchor)
        case ("topics", 2) where parts[1].hasSuffix(".md"):
            return .site(path: SiteURL.topic(name), anchor: anchor)
        case ("pages", 2) where parts[1].hasSuffix(".md"):
            return .site(path: SiteURL.page(name), anchor: anchor)
        default:
            break
        }
        return .invalid(reason: "okänt länkmål '\(written)'")
    }

    /// A page path gets its trailing `/`; `/organ/sro/index.html` is the page `/organ/sro/`.
    static func normalisedSitePath(_ path: String) -> String {
        if path.hasSuffix("/index.html") { return String(path.dropLast("index.html".count)) }
        if path.hasSuffix("/") { return path }
        let last = path.split(separator: "/").last ?? ""
        return last.contains(".") ? path : path + "/"
    }

    /// Without spaces and tabs at either end (what Foundation calls `.whitespaces`), without
    /// bridging to Foundation: a long text has thousands of links.
    static func trimmingSpaces(_ text: String) -> String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        if first == scalars.startIndex, last == scalars.index(before: scalars.endIndex) { return text }
        return String(scalars[first...last])
    }

    static func scheme(of text: String) -> String? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let candidate = text[..<colon]
        guard let first = candidate.first, first.isASCII, first.isLetter,
              candidate.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }) else { return nil }
        return String(candidate)
    }
}

import Foundation
