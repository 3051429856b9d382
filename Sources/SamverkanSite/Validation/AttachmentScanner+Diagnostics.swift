import SamverkanModel

extension AttachmentScanner {
    static let checkYourselfHint = "kontrollera själv att den inte innehåller något personnummer"

    /// An error for each kind of number on each page of an attachment read by a program.
    static func diagnostics(_ findings: AttachmentFindings, path: String) -> [Diagnostic] {
        let location = SourceLocation(path: path)
        var diagnostics = findings.counts.map { found in
            Diagnostic.error(location, PersonalIdentityNumber.message(found.kind, count: found.count, page: found.page > 0 ? found.page : nil),
                             hint: found.count == 1 ? "ta bort det ur dokumentet och byt ut bilagan" : "ta bort dem ur dokumentet och byt ut bilagan")
        }
        if findings.hasNoText {
            diagnostics.append(.warning(location, "bilagan har ingen text att söka i (är den inskannad?), så den har inte sökts igenom efter personnummer",
                                        hint: checkYourselfHint))
        }
        return diagnostics
    }

    /// The warning for an attachment a program could not read.
    static func unread(_ failure: AttachmentReadFailure, format: AttachmentFormat, path: String) -> Diagnostic {
        let program = format.program ?? ""
        let message = switch failure {
        case .programMissing:
            "\(program) finns inte, så bilagan har inte sökts igenom efter personnummer"
        case .failed:
            format == .pdf
                ? "pdftotext kunde inte läsa bilagan (är den skadad eller lösenordsskyddad?), så den har inte sökts igenom efter personnummer"
                : "pandoc kunde inte läsa bilagan som ett Word-dokument, så den har inte sökts igenom efter personnummer"
        case let .timedOut(seconds):
            "\(program) läste bilagan i mer än \(seconds) sekunder och avbröts, så den har inte sökts igenom efter personnummer"
        case let .outputTooLarge(limit):
            "bilagans text är större än \(limit >> 20) MB, så den har inte sökts igenom efter personnummer"
        }
        return .warning(SourceLocation(path: path), message, hint: checkYourselfHint)
    }

    static func tooLarge(path: String, limit: Int) -> Diagnostic {
        .warning(SourceLocation(path: path), "bilagan är större än \(limit >> 20) MB, så den har inte sökts igenom efter personnummer",
                 hint: checkYourselfHint)
    }

    /// One warning for every attachment that a missing program would have read, at the folder.
    static func programMissing(_ format: AttachmentFormat, unread: [String], folder: String) -> Diagnostic {
        let shown = unread.count > 5 ? unread.prefix(5).joined(separator: ", ") + " och \(unread.count - 5) till" : unread.joined(separator: ", ")
        let files = switch format {
        case .pdf: unread.count == 1 ? "1 PDF-bilaga" : "\(unread.count) PDF-bilagor"
        default: unread.count == 1 ? "1 Word-bilaga" : "\(unread.count) Word-bilagor"
        }
        let install = format == .pdf ? "installera poppler-utils (apt-get install poppler-utils)" : "installera pandoc (apt-get install pandoc)"
        return .warning(SourceLocation(path: folder), "\(format.program ?? "") finns inte, så \(files) har inte sökts igenom efter personnummer: \(shown)",
                        hint: install)
    }
}
