/// The URL contract: the one place that knows which page lives where.
public enum SiteURL {
    public static let home = "/"
    public static let timeline = "/tidslinje/"
    public static let bodies = "/organ/"
    public static let decisions = "/beslut/"
    public static let topics = "/amnen/"
    public static let upcoming = "/kommande/"
    public static let search = "/sok/"
    public static let assignments = "/uppdrag/"
    /// How to follow the work: every feed and calendar.
    public static let follow = "/folj/"
    /// The elected members (participants with a party), by body; only with `person_pages` on.
    public static let people = "/personer/"
    /// Files that are not pages: their URL is their path.
    public static let feed = "/feed.xml"
    public static let calendar = "/kalender.ics"
    public static let meetingsData = "/data/meetings.json"
    public static let decisionsData = "/data/decisions.json"
    public static let assignmentsData = "/data/assignments.json"
    public static let peopleData = "/data/people.json"
    /// New and completed assignments.
    public static let assignmentsFeed = "/uppdrag/feed.xml"
    /// Atom: the corrections of published minutes.
    public static let correctionsFeed = "/rattelser.xml"
    /// DCAT-AP-SE: the catalogue of the open data, for the national data portal.
    public static let dataCatalogue = "/data/katalog.jsonld"
    public static let sitemap = "/sitemap.xml"
    public static let robots = "/robots.txt"
    /// The search index's folder, as a path under the output folder: Pagefind's bundle.
    public static let searchIndexFolder = "pagefind/"
    /// Served by web servers for any missing path, so its links are written from the site root.
    public static let notFound = "/404.html"

    /// Pages every site has, whatever its content.
    public static let fixedPages = [home, timeline, bodies, decisions, topics, upcoming, assignments, follow]
    /// Top-level URL segments the generator uses itself; a free page may not take them.
    public static let reservedSegments: Set<String> = ["organ", "moten", "beslut", "amnen", "kommande", "tidslinje",
                                                       "files", "assets", "sok", "data", "pagefind", "uppdrag", "folj",
                                                       "personer"]

    public static func body(_ id: String) -> String { "/organ/\(id)/" }
    public static func meeting(year: Int, slug: String) -> String { "/moten/\(year)/\(slug)/" }
    public static func topic(_ id: String) -> String { "/amnen/\(id)/" }
    public static func assignment(_ id: String) -> String { "/uppdrag/\(id)/" }
    /// An elected member's page: `/personer/marina-johansson/` (`PersonRegister` gives the id).
    public static func person(_ id: String) -> String { people + id + "/" }
    /// An elected member's feed: new minutes that list them.
    public static func personFeed(_ id: String) -> String { person(id) + "feed.xml" }
    /// A body's own feed and calendar, and a topic's feed: `/organ/sro/feed.xml`.
    public static func bodyFeed(_ id: String) -> String { body(id) + "feed.xml" }
    public static func bodyCalendar(_ id: String) -> String { body(id) + "kalender.ics" }
    public static func topicFeed(_ id: String) -> String { topic(id) + "feed.xml" }
    public static func page(_ slug: String) -> String { "/\(slug)/" }
    public static func file(_ name: String) -> String { "/files/\(name)" }

    /// One year of a long list, and its further pages when the year is long:
    /// `/tidslinje/2024/`, `/tidslinje/2024/sida-2/`.
    public static func timelineYear(_ year: Int, page: Int = 1) -> String { archive(timeline, year, page) }
    public static func decisionsYear(_ year: Int, page: Int = 1) -> String { archive(decisions, year, page) }
    public static func bodyYear(_ id: String, _ year: Int, page: Int = 1) -> String { archive(body(id), year, page) }
    public static func topicYear(_ id: String, _ year: Int, page: Int = 1) -> String { archive(topic(id), year, page) }
    /// The assignments completed in a year: `/uppdrag/2024/` (an assignment id is never only digits).
    public static func assignmentsYear(_ year: Int, page: Int = 1) -> String { archive(assignments, year, page) }

    private static func archive(_ list: String, _ year: Int, _ page: Int) -> String {
        list + "\(year)/" + (page > 1 ? "sida-\(page)/" : "")
    }

    /// A place on a page: `/moten/2024/x/#punkt-3`.
    public static func anchored(_ url: String, _ anchor: String) -> String { url + "#" + anchor }

    /// The file a page URL is written to: `/organ/sro/` → `organ/sro/index.html`.
    public static func outputPath(of url: String) -> String {
        precondition(url.hasPrefix("/"), "page URLs start with /")
        return url.hasSuffix("/") ? String(url.dropFirst()) + "index.html" : String(url.dropFirst())
    }

    /// The absolute address of a site path, when the site knows its base URL (`https://x.se/sub`).
    public static func absolute(_ path: String, base: String?) -> String? {
        guard let base, !base.isEmpty else { return nil }
        return base + path
    }

    /// A link from the page at `from` (a page URL) to `target` (a site path, maybe with `#anchor`),
    /// written relative so the site works from a file system, a sub-path and a domain root alike.
    /// Links to pages name their `index.html`, which a browser needs on `file://`.
    public static func relative(from page: String, to target: String) -> String {
        // Over UTF-8 bytes, segment by segment, without splitting into arrays: every link of every
        // page goes through here.
        var page = page, target = target
        page.makeContiguousUTF8()
        target.makeContiguousUTF8()
        return page.utf8.withContiguousStorageIfAvailable { from in
            target.utf8.withContiguousStorageIfAvailable { to in relative(from: from, to: to) }
        }.flatMap(\.self) ?? ""
    }

    private static func relative(from page: UnsafeBufferPointer<UInt8>, to target: UnsafeBufferPointer<UInt8>) -> String {
        let slash = UInt8(ascii: "/")
        let pathEnd = target.firstIndex(of: UInt8(ascii: "#")) ?? target.count
        if pathEnd == 0 { return String(decoding: target, as: UTF8.self) }
        // The segments between slashes, empty ones skipped, as `split` would give them.
        func segment(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Range<Int>? {
            var first = start
            while first < end, bytes[first] == slash { first += 1 }
            guard first < end else { return nil }
            var last = first
            while last < end, bytes[last] != slash { last += 1 }
            return first ..< last
        }
        // The file name: after the last slash, or index.html when the path ends with one.
        let endsWithSlash = target[pathEnd - 1] == slash
        var foldersEnd = pathEnd
        var fileName: Range<Int>? = nil
        if !endsWithSlash {
            var nameStart = pathEnd
            while nameStart > 0, target[nameStart - 1] != slash { nameStart -= 1 }
            fileName = nameStart ..< pathEnd
            foldersEnd = nameStart
        }
        var pageCursor = 0, targetCursor = 0
        while let pageSegment = segment(in: page, from: pageCursor, end: page.count),
              let folder = segment(in: target, from: targetCursor, end: foldersEnd),
              pageSegment.count == folder.count,
              zip(pageSegment, folder).allSatisfy({ page[$0] == target[$1] }) {
            pageCursor = pageSegment.upperBound
            targetCursor = folder.upperBound
        }
        var ups = 0
        while let pageSegment = segment(in: page, from: pageCursor, end: page.count) {
            ups += 1
            pageCursor = pageSegment.upperBound
        }
        // Written straight into the string's storage, at most this long: one allocation per link.
        let capacity = ups * 3 + (pathEnd - targetCursor) + 10 + (target.count - pathEnd)
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var index = 0
            func put(_ bytes: some Collection<UInt8>) {
                for byte in bytes {
                    buffer[index] = byte
                    index += 1
                }
            }
            for _ in 0..<ups { put("../".utf8) }
            var cursor = targetCursor
            while let folder = segment(in: target, from: cursor, end: foldersEnd) {
                put(UnsafeBufferPointer(rebasing: target[folder]))
                put(CollectionOfOne(slash))
                cursor = folder.upperBound
            }
            if let fileName, !fileName.isEmpty {
                put(UnsafeBufferPointer(rebasing: target[fileName]))
            } else {
                put("index.html".utf8)
            }
            put(UnsafeBufferPointer(rebasing: target[pathEnd...]))
            return index
        }
    }

    /// A name or a text as a URL segment, as heading anchors are made: lower case, å/ä → a,
    /// ö → o, é → e, spaces and dashes → `-`, other signs dropped; `fallback` when nothing is left.
    /// "Marina Johansson" → `marina-johansson`, "Carina Örgård" → `carina-orgard`.
    public static func slug(_ text: String, fallback: String) -> String {
        var result = ""
        for character in text.lowercased() {
            switch character {
            case "å", "ä", "à", "á", "â": result.append("a")
            case "ö", "ø", "ó", "ò", "ô": result.append("o")
            case "é", "è", "ê", "ë": result.append("e")
            case "ü", "ú": result.append("u")
            case " ", "-", "–", "—", "_", "/": if !result.hasSuffix("-") { result.append("-") }
            default:
                if character.isASCII, character.isLetter || character.isNumber { result.append(character) }
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        while result.hasPrefix("-") { result.removeFirst() }
        return result.isEmpty ? fallback : result
    }

    /// `../../` from a page to the site root ("" at the root).
    public static func rootPrefix(from page: String) -> String {
        String(repeating: "../", count: page.utf8.split(separator: UInt8(ascii: "/")).count)
    }
}
