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
        case let .unsupportedKind(ending):
            return .error(location, ending.isEmpty ? "filen har ingen filändelse som säger vad den är" : "filer av typen .\(ending) kan inte importeras",
                          hint: "importera ett Word-dokument (.docx), en PDF (.pdf), en webbsida (.html) eller en skannad sida (.png, .jpg, .tif)")
        case let .toolMissing(program, package):
            return .error(location, "\(program) finns inte, och behövs för att läsa dokumentet",
                          hint: "installera det: apt-get install \(package) (make deps gör det)")
        case let .toolTimedOut(program, seconds):
            return .error(location, "\(program) läste dokumentet i mer än \(seconds) sekunder och avbröts",
                          hint: "dela upp dokumentet, eller skanna det på nytt med lägre upplösning")
        case let .toolOutputTooLarge(program, limit):
            return .error(location, "\(program) gav mer än \(Self.megabytes(limit)) MB ur dokumentet och avbröts",
                          hint: "dela upp dokumentet")
        case let .pdfUnreadable(reason):
            return .error(location, "dokumentet kan inte läsas som en PDF (\(reason))",
                          hint: "öppna det i en PDF-läsare och spara det på nytt, eller hämta originalet igen")
        case .pdfEncrypted:
            return .error(location, "PDF-filen är lösenordsskyddad och kan inte läsas",
                          hint: "spara en kopia utan lösenord (skriv ut till PDF) och importera den")
        case let .tooManyPages(count, limit):
            return .error(location, "dokumentet har \(count) sidor, fler än de \(limit) som en mötesanteckning läses med",
                          hint: "kontrollera att det är rätt dokument; dela upp det så att varje fil är ett möte")
        case let .noText(words):
            return .error(location, words == 0 ? "ingen text hittades i dokumentet" : "bara \(words) läsbara ord hittades i dokumentet",
                          hint: "kontrollera att det är en skannad mötesanteckning; skanna den på nytt, rak och med minst 200 dpi")
        case let .htmlUnreadable(reason):
            return .error(location, "dokumentet kan inte läsas som en webbsida (\(reason))",
                          hint: "spara sidan på nytt som .html och försök igen")
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
