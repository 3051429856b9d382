@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// Follows every `href` and `src` of a built site and reports those that lead nowhere.
enum LinkChecker {
    static func brokenLinks(in site: [String: String]) -> [String] {
        var idsByPath: [String: Set<String>] = [:]
        for (path, html) in site where path.hasSuffix(".html") { idsByPath[path] = Set(attributeValues("id", in: html)) }
        var broken: [String] = []
        for (path, html) in site.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".html") {
            for link in attributeValues("href", in: html) + attributeValues("src", in: html) {
                if link.hasPrefix("https://") || link.hasPrefix("http://") || link.hasPrefix("mailto:") { continue }
                var target = link
                var anchor: String?
                if let hash = link.firstIndex(of: "#") {
                    anchor = String(link[link.index(after: hash)...])
                    target = String(link[..<hash])
                }
                let resolved = target.isEmpty ? path : resolve(target, from: path)
                guard let resolved, site[resolved] != nil else {
                    broken.append("\(path): \(link)")
                    continue
                }
                if let anchor, !anchor.isEmpty, idsByPath[resolved]?.contains(anchor) != true {
                    broken.append("\(path): \(link) (ankaret saknas)")
                }
            }
        }
        return broken
    }

    /// HTML pages no chain of links from `index.html` leads to.
    static func unreachablePages(in site: [String: String]) -> [String] {
        var reached: Set<String> = ["index.html"]
        var queue = ["index.html"]
        while let page = queue.popLast() {
            for link in attributeValues("href", in: site[page] ?? "") where !link.hasPrefix("http") {
                let target = String(link.split(separator: "#", omittingEmptySubsequences: false).first ?? "")
                guard !target.isEmpty, let resolved = resolve(target, from: page),
                      resolved.hasSuffix(".html"), site[resolved] != nil, reached.insert(resolved).inserted else { continue }
                queue.append(resolved)
            }
        }
        // The 404 page is reached by a missing address, not by a link.
        return site.keys.filter { $0.hasSuffix(".html") && $0 != "404.html" && !reached.contains($0) }.sorted()
    }

    static func resolve(_ relative: String, from page: String) -> String? {
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for part in relative.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case "..": if parts.isEmpty { return nil } else { parts.removeLast() }
            case ".", "": continue
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }

    static func attributeValues(_ name: String, in html: String) -> [String] {
        var values: [String] = []
        var rest = html[...]
        let marker = " \(name)=\""
        while let range = rest.range(of: marker) {
            let after = rest[range.upperBound...]
            guard let end = after.firstIndex(of: "\"") else { break }
            values.append(String(after[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
            rest = after[end...]
        }
        return values
    }
}
