import SamverkanLoading
import SamverkanModel

/// Refuses output folders a build must not replace: the content or templates folder, a folder that
/// holds them, or one inside them.
enum OutputFolderGuard {
    static func problems(_ options: BuildOptions, fileSystem: FileSystem) -> [Diagnostic] {
        let output = fileSystem.absolutePath(options.outputDirectory)
        var diagnostics: [Diagnostic] = []
        for (label, folder) in [("innehållsmappen", options.contentDirectory), ("mallmappen", options.templatesDirectory)] {
            let protected = fileSystem.absolutePath(folder)
            if output == protected || protected.hasPrefix(output.hasSuffix("/") ? output : output + "/") {
                diagnostics.append(.error(SourceLocation(path: options.outputDirectory),
                                          "utmappen är eller innehåller \(label) \(folder): bygget skulle ersätta den",
                                          hint: "välj en egen mapp för webbplatsen, t.ex. site"))
            } else if output.hasPrefix(protected + "/") {
                diagnostics.append(.error(SourceLocation(path: options.outputDirectory),
                                          "utmappen ligger inuti \(label) \(folder)",
                                          hint: "välj en mapp utanför, t.ex. site"))
            }
        }
        return diagnostics
    }
}
