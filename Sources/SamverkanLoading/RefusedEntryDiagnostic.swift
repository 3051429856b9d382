import SamverkanModel

/// The error for an entry of a source folder that a build will not read.
package enum RefusedEntryDiagnostic {
    package static func diagnostic(_ entry: RefusedEntry, in folder: String) -> Diagnostic {
        let location = SourceLocation(path: entry.path == "." ? folder : join(folder, entry.path))
        switch entry.reason {
        case .symbolicLink:
            return .error(location, "symbolisk länk: samverkan följer inga länkar, så att ingen fil utanför mappen kan publiceras",
                          hint: "ersätt länken med en kopia av filen eller mappen")
        case .unreadableFolder:
            return .error(location, "mappen kan inte läsas: det som ligger i den skulle försvinna från webbplatsen",
                          hint: "ge läsrätt till mappen (t.ex. chmod -R a+rX) och bygg igen")
        case .specialFile:
            return .error(location, "varken en vanlig fil eller en mapp (t.ex. en FIFO eller en enhet)",
                          hint: "ta bort den; lägg bara vanliga filer i mappen")
        }
    }
}
