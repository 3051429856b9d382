import SamverkanModel

extension ImportFailure {
    /// The error `samverkan import` reports at the document (`location`).
    func diagnostic(at location: SourceLocation) -> Diagnostic {
        switch self {
        case .pandocMissing:
            return .error(location, "pandoc finns inte", hint: "installera det: apt-get install pandoc (make site gör det)")
        case let .unreadable(reason):
            return .error(location, "dokumentet kan inte läsas som ett Word-dokument (\(reason))",
                          hint: "spara det som .docx i Word och försök igen")
        case let .timedOut(seconds):
            return .error(location, "pandoc läste dokumentet i mer än \(seconds) sekunder och avbröts",
                          hint: "spara dokumentet på nytt i Word, eller dela upp det")
        case let .tooLarge(bytes):
            return .error(location, "dokumentet är för stort (\(bytes / 1_048_576) MB)", hint: "ta bort bilder ur det och försök igen")
        case let .unpacksTooLarge(bytes, limit):
            return .error(location, "dokumentet packas upp till \(Self.megabytes(bytes)) MB, mer än de \(Self.megabytes(limit)) MB som läses",
                          hint: "ta bort bilder ur det, eller dela upp det")
        case let .xmlUnpacksTooLarge(bytes, limit):
            return .error(location, "dokumentets text och formatering packas upp till \(Self.megabytes(bytes)) MB XML, mer än de \(Self.megabytes(limit)) MB som läses",
                          hint: "dela upp dokumentet")
        case let .tooManyParts(count, limit):
            return .error(location, "dokumentet består av \(count) delar, fler än de \(limit) som läses",
                          hint: "spara det på nytt som .docx i Word och försök igen")
        case let .pandocOutOfMemory(megabytes):
            return .error(location, "pandoc behövde mer än \(megabytes) MB minne för dokumentet och avbröts",
                          hint: "spara dokumentet på nytt i Word, eller dela upp det")
        case let .pandocOutputTooLarge(limit):
            return .error(location, "pandoc gav mer än \(Self.megabytes(limit)) MB text ur dokumentet och avbröts",
                          hint: "dela upp dokumentet")
        case let .draftTooLarge(bytes, limit):
            return .error(location, "utkastet skulle bli \(Self.megabytes(bytes)) MB, mer än de \(Self.megabytes(limit)) MB som check läser i en fil",
                          hint: "kontrollera att det är rätt dokument, eller dela upp det")
        case let .draftTooManyValues(count, limit):
            return .error(location, "utkastet skulle ha upp till \(count) värden i fälten, fler än de \(limit) som check läser",
                          hint: "kontrollera att det är rätt dokument, eller dela upp det")
        }
    }

    /// Megabytes (MiB) as a person reads them, rounded up so a size over a limit never reads as the
    /// limit: `1,1`, `3,7`, `12`, `200`.
    static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + (1 << 20) - 1) / (1 << 20)
        if tenths >= 100 || tenths % 10 == 0 { return "\((tenths + 9) / 10)" }
        return "\(tenths / 10),\(tenths % 10)"
    }
}
