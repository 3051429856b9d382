import Foundation
import SamverkanModel

/// `--manifest FILE.csv`: one document a row, with the columns `file,body,date` named in its first
/// line (in any order; `date` may be left out or empty, for documents that say their date). A file
/// named relative to the manifest is found beside it. A row that cannot be read is an error at its
/// line, and the other rows are imported.
public struct ImportManifest: Sendable {
    public var requests: [MinutesImporter.Request]
    /// Errors at rows that cannot be read, each of which counts as a failed document.
    public var problems: [Diagnostic]

    public init(requests: [MinutesImporter.Request], problems: [Diagnostic]) {
        self.requests = requests
        self.problems = problems
    }

    /// Reads the manifest at `path` (as written on the command line).
    public static func read(_ path: String) -> ImportManifest {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            return ImportManifest(requests: [], problems: [
                .error(SourceLocation(path: path), "manifestet kan inte läsas", hint: "ange en CSV-fil i UTF-8 med kolumnerna file,body,date"),
            ])
        }
        let folder = (path as NSString).deletingLastPathComponent
        return parse(text, path: path, folder: folder)
    }

    static func parse(_ text: String, path: String, folder: String) -> ImportManifest {
        let rows = CSVRows.parse(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        guard let (headerLine, header) = rows.first else {
            return ImportManifest(requests: [], problems: [
                .error(SourceLocation(path: path), "manifestet är tomt", hint: "skriv file,body,date på första raden och ett dokument per rad under"),
            ])
        }
        let names = header.map { $0.trimmingSpaces().lowercased() }
        guard let file = names.firstIndex(of: "file"), let body = names.firstIndex(of: "body") else {
            return ImportManifest(requests: [], problems: [
                .error(SourceLocation(path: path, line: headerLine), "manifestets första rad saknar kolumnerna file och body",
                       hint: "skriv file,body,date på första raden"),
            ])
        }
        let date = names.firstIndex(of: "date")
        var requests: [MinutesImporter.Request] = []
        var problems: [Diagnostic] = []
        for (line, cells) in rows.dropFirst() {
            if cells.allSatisfy({ $0.trimmingSpaces().isEmpty }) { continue }
            let location = SourceLocation(path: path, line: line)
            guard cells.count <= names.count else {
                problems.append(.error(location, "raden har \(cells.count) kolumner, fler än de \(names.count) som första raden namnger",
                                       hint: "sätt citattecken kring ett värde som innehåller kommatecken"))
                continue
            }
            func cell(_ index: Int?) -> String {
                guard let index, index < cells.count else { return "" }
                return cells[index].trimmingSpaces()
            }
            let document = cell(file)
            let bodyID = cell(body)
            guard !document.isEmpty, !bodyID.isEmpty else {
                problems.append(.error(location, document.isEmpty ? "raden saknar ett dokument (file)" : "raden saknar ett organ (body)",
                                       hint: "skriv dokumentets fil och organets id, t.ex. arkiv/2019-08-29.pdf,sro"))
                continue
            }
            let written = cell(date)
            if !written.isEmpty, CalendarDate(iso: written) == nil {
                problems.append(.error(location, "'\(written)' är inte ett datum", hint: "skriv ÅÅÅÅ-MM-DD, t.ex. 2019-08-29, eller lämna kolumnen tom"))
                continue
            }
            let resolved = document.hasPrefix("/") || folder.isEmpty ? document : folder + "/" + document
            requests.append(MinutesImporter.Request(document: resolved, body: bodyID, date: written.isEmpty ? nil : written))
        }
        return ImportManifest(requests: requests, problems: problems)
    }
}
