import SamverkanModel

/// A content file opened for decoding: its split text, its front-matter fields and a reader
/// that collects diagnostics. The typed decoders (`Meeting+FrontMatter` …) start here.
struct DecodedFile {
    var reader: FrontMatterReader
    var document: FrontMatterDocument?
    var fields: FrontMatterReader.Fields?

    /// Opens a Markdown file with front matter.
    init(markdown file: SourceFile, parser: FrontMatterParser, known: [String], what: String) {
        reader = FrontMatterReader(path: file.displayPath, yamlFirstLine: 2)
        switch FrontMatterDocument.split(file) {
        case let .failure(diagnostic):
            reader.error(at: diagnostic.location, diagnostic.message, hint: diagnostic.hint)
        case let .success(document):
            self.document = document
            fields = Self.parseFields(document.yaml, firstLine: document.yamlFirstLine, file: file,
                                      parser: parser, known: known, what: what, reader: &reader)
        }
    }

    /// Opens a plain YAML file (`site.yml`, `milestones.yml`) and returns its root node.
    static func yamlRoot(_ file: SourceFile, parser: FrontMatterParser, reader: inout FrontMatterReader) -> YAMLNode? {
        do {
            guard let root = try parser.parse(file.text) else {
                reader.error(at: SourceLocation(path: file.displayPath, line: 1, column: 1), "filen är tom")
                return nil
            }
            return root
        } catch {
            reader.error(at: SourceLocation(path: file.displayPath, line: error.line, column: error.column),
                         "YAML kan inte läsas: \(YAMLProblem.describe(error.problem))", hint: Self.syntaxHint)
            return nil
        }
    }

    private static func parseFields(_ yaml: String, firstLine: Int, file: SourceFile, parser: FrontMatterParser,
                                    known: [String], what: String,
                                    reader: inout FrontMatterReader) -> FrontMatterReader.Fields? {
        do {
            guard let root = try parser.parse(yaml) else {
                reader.error(at: SourceLocation(path: file.displayPath, line: 1, column: 1),
                             "front matter är tom", hint: "skriv fälten mellan raderna med ---")
                return nil
            }
            return reader.fields(of: root, known: known, what: what)
        } catch {
            if let quote = YAMLProblem.unclosedQuote(in: yaml) {
                reader.error(at: SourceLocation(path: file.displayPath, line: quote.line + firstLine - 1, column: quote.column),
                             "front matter är inte giltig YAML: citattecknet här stängs aldrig på sin rad",
                             hint: "avsluta värdet med samma citattecken som det börjar med, eller ta bort det")
                return nil
            }
            let line = error.line > 0 ? error.line + firstLine - 1 : 1
            reader.error(at: SourceLocation(path: file.displayPath, line: line, column: error.column),
                         "front matter är inte giltig YAML: \(YAMLProblem.describe(error.problem))", hint: Self.syntaxHint)
            return nil
        }
    }

    static let syntaxHint = "kontrollera indrag, kolon efter fältnamn och citattecken runt text som innehåller kolon"
}

/// Ids of bodies and topics: lower-case ASCII letters, digits and `-`.
package enum Identifier {
    package static func isValid(_ id: String) -> Bool {
        !id.isEmpty && !id.hasPrefix("-") && !id.hasSuffix("-") && !windowsReserved.contains(id)
            && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// Names Windows gives to devices: a file or folder so named cannot be checked out there.
    static let windowsReserved: Set<String> = Set(["con", "prn", "aux", "nul"]
        + (1...9).flatMap { ["com\($0)", "lpt\($0)"] })

    package static let rule = "använd bara små bokstäver a–z utan å, ä, ö, siffror och bindestreck (men inte Windows namn con, prn, aux, nul, com1–9, lpt1–9)"
}
