import ArgumentParser
import Foundation
import SamverkanServe
import SamverkanModel
import SamverkanSite

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Bygger, visar webbplatsen på http://127.0.0.1:8000/ och bygger om när innehåll eller mallar ändras.",
        discussion: """
            Sidan i webbläsaren laddas om av sig själv efter varje ändring. Fel i innehållet visas både här \
            och ovanpå sidan, och den senaste fungerande versionen fortsätter att visas tills felen är rättade.
            """)

    @OptionGroup var site: SiteOptions
    @OptionGroup var search: SearchOptions

    @Option(name: .long, help: "Porten att lyssna på.")
    var port: UInt16 = 8000

    @Option(name: .long, help: "Adressen att lyssna på. 127.0.0.1 nås bara från den här datorn; 0.0.0.0 från alla.")
    var host = "127.0.0.1"

    func run() async throws {
        let options = try site.buildOptions()
        let indexer = try search.indexer()
        let indexing: PreviewSession.Search = search.noSearch ? .disabled : indexer.map { .inBackground($0) } ?? .unavailable
        let session = PreviewSession(options: options, search: indexing, onBuild: { report in
            let time = Self.clock()
            FileHandle.standardError.write(Data(DiagnosticPrinter.report(report.diagnostics).utf8))
            if !report.succeeded {
                Self.say("[\(time)] Bygget misslyckades: visar den senaste fungerande versionen tills felen är rättade.")
            } else {
                Self.say("[\(time)] \(report.previewLine)")
            }
        }, onSearchProblem: { problem in
            FileHandle.standardError.write(Data(DiagnosticPrinter.report(DiagnosticList([problem])).utf8))
            Self.say("[\(Self.clock())] Sökindexet kunde inte uppdateras; sökningen visar den förra versionen.")
        }, onPreview: { url in
            Self.say("[\(Self.clock())] Visar \(url) direkt; resten av webbplatsen byggs.")
        })
        session.build()
        let server: PreviewServer
        do {
            server = try PreviewServer(session: session, host: host, port: port)
        } catch {
            throw ValidationError("--host '\(host)' är ingen adress att lyssna på; skriv t.ex. 127.0.0.1 eller 0.0.0.0")
        }
        session.watch()
        let shown = host.contains(":") ? "[\(host)]" : host
        Self.say("Förhandsvisning på http://\(shown):\(port)/ – bevakar \(options.contentDirectory)/ och \(options.templatesDirectory)/. Avsluta med Ctrl-C.")
        if !["127.0.0.1", "localhost", "::1"].contains(host) {
            Self.say("Obs: med --host \(host) kan andra datorer i nätverket se förhandsvisningen.")
        }
        do {
            try await server.run()
        } catch {
            throw ValidationError("servern kunde inte starta på \(shown):\(port): \(error). Är porten upptagen? Välj en annan med --port.")
        }
    }

    /// A line on standard output at once, also when it goes to a log file.
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func clock() -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "HH:mm:ss"
        return formatter.string(from: Date())
    }
}
