import Foundation
import Testing
@testable import SamverkanLoading
@testable import SamverkanSite

/// `samverkan init` writes the project's templates from `DefaultTemplates.swift`: it must hold
/// exactly what is under templates/ (run scripts/generate-default-templates.py after a change).
@Suite struct DefaultTemplatesTests {
    @Test func theEmbeddedTemplatesAreTheProjectsTemplates() throws {
        let folder = Fixture.repositoryFolder.appendingPathComponent("templates").path
        let disk = DiskFileSystem()
        let paths = try disk.files(under: folder).files
        #expect(DefaultTemplates.files.map(\.path) == paths, "run python3 scripts/generate-default-templates.py")
        for (path, text) in DefaultTemplates.files {
            let onDisk = try String(decoding: disk.readFile(at: folder + "/" + path), as: UTF8.self)
            #expect(text == onDisk, "templates/\(path) has changed: run python3 scripts/generate-default-templates.py")
        }
    }
}
