import Foundation
import SamverkanLoading
import SamverkanModel

/// `samverkan init`: the files of a new, empty site that `check` passes and `build` builds —
/// `content/site.yml` with every setting explained, the pages every Swedish public site needs, and
/// the default templates and assets — with no bodies, meetings, topics or milestones.
public enum SiteScaffold {
    public struct Request: Sendable, Hashable {
        /// The folder of the new site: `content/` and `templates/` are made in it.
        public var directory: String
        /// `title` in site.yml; a place to fill in when not given.
        public var title: String?
        /// `organisation` in site.yml, named in the pages; a place to fill in when not given.
        public var organisation: String?

        public init(directory: String, title: String? = nil, organisation: String? = nil) {
            self.directory = directory
            self.title = title
            self.organisation = organisation
        }
    }

    /// The files to write (all of them), or the problems with the request.
    public static func make(_ request: Request) -> ([ScaffoldedFile], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        func given(_ written: String?, _ input: RunInput, _ what: String, example: String) -> String? {
            guard let written else { return nil }
            let trimmed = written.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty || trimmed.contains("\n") {
                diagnostics.append(.error(SourceLocation(input: input), "\(what) ska vara en rad text",
                                          hint: "t.ex. \"\(example)\""))
            }
            return trimmed
        }
        let title = given(request.title, .title, "webbplatsens namn", example: "Samverkan Exempelregionen")
        let organisation = given(request.organisation, .organisation, "organisationens namn", example: "Exempelregionen och länets kommuner")
        guard diagnostics.isEmpty else { return ([], diagnostics) }

        let organisationText = organisation ?? FillInMarker.marker("organisationens namn")
        var files = [
            file(request.directory, "content/site.yml", siteSettings(title: title, organisation: organisation), note: "inställningar"),
            file(request.directory, "content/pages/om.md", aboutPage(organisation: organisationText), note: "sida"),
            file(request.directory, "content/pages/tillganglighet.md", accessibilityPage(organisation: organisationText), note: "sida"),
        ]
        for template in DefaultTemplates.files {
            files.append(file(request.directory, "templates/" + template.path, template.text, note: "mall"))
        }
        return (files, [])
    }

    static func file(_ directory: String, _ relativePath: String, _ text: String, note: String) -> ScaffoldedFile {
        let path = join(directory, relativePath)
        return ScaffoldedFile(relativePath: relativePath, path: path, text: text, note: note,
                              whenExists: ExistingFile.diagnostic(path, hint: "välj en tom mapp för den nya webbplatsen, eller flytta filen"))
    }

    /// The errors for the files among `files` that are there already: a file, a folder, a link or
    /// anything else under the same name, or something other than a folder where one of its folders
    /// should be. Only these paths are looked at, never the rest of the folder.
    static func clashes(_ files: [ScaffoldedFile], directory: String, fileSystem: FileSystem) -> [Diagnostic] {
        func occupied(_ path: String) -> Bool {
            if fileSystem.isDirectory(path) { return true }
            do {
                _ = try fileSystem.readFile(at: path)
                return true
            } catch FileSystemError.notFound {
                return false
            } catch {
                return true
            }
        }
        var folders: [String: Bool] = [:]  // folder path → blocked by something that is no folder
        return files.compactMap { file in
            let parts = file.relativePath.split(separator: "/")
            let blocked = parts.indices.dropLast().contains { index in
                let folder = join(directory, parts[...index].joined(separator: "/"))
                if let known = folders[folder] { return known }
                let isBlocked = !fileSystem.isDirectory(folder) && occupied(folder)
                folders[folder] = isBlocked
                return isBlocked
            }
            return blocked || occupied(file.path) ? file.whenExists : nil
        }
    }

    /// What to do next, in Swedish, for a site made in `directory`.
    public static func nextSteps(directory: String) -> String {
        var lines = ["", "Så här fortsätter du:"]
        if directory != "." { lines.append("  cd \(directory)") }
        lines += [
            "  1. Fyll i content/site.yml och sidorna i content/pages/ där det står \(FillInMarker.opening) …] (samverkan check visar var).",
            "  2. Lägg till ett organ:       samverkan new body sro --name \"Politiskt samrådsorgan\" --short SRO --kind politisk",
            "  3. Lägg till ett möte:        samverkan new meeting --body sro --date 2026-12-03",
            "  4. Kontrollera innehållet:    samverkan check",
            "  5. Bygg webbplatsen i site/:  samverkan build",
            "  6. Förhandsvisa medan du skriver: samverkan serve",
            "Innehållets format: docs/content-format.md i samverkans källkod.",
        ]
        return lines.joined(separator: "\n")
    }

    static func siteSettings(title: String?, organisation: String?) -> String {
        let titleValue = YAMLText.scalar(title ?? FillInMarker.marker("webbplatsens namn, t.ex. Samverkan Exempelregionen"))
        let organisationValue = YAMLText.scalar(organisation ?? FillInMarker.marker("organisationens namn, t.ex. Exempelregionen och länets kommuner"))
        return """
            # Webbplatsens inställningar. Rader som börjar med # är kommentarer: ta bort # för att använda en inställning.
            # Bara title krävs; allt annat har ett förval. Texterna här står på webbplatsens sidor.

            # Webbplatsens namn: i sidhuvudet, i varje sidas <title> och i flödena. Krävs.
            title: \(titleValue)

            # Vem som står bakom webbplatsen: i sidfoten och på sidorna om webbplatsen. Förval: ingen.
            organisation: \(organisationValue)

            # En mening om webbplatsen: på startsidan och i sökmotorernas beskrivning. Förval: ingen.
            # description: Mötesanteckningar och ställningstaganden från samverkansorganen.

            # Webbplatsens språk, en språktagg (BCP 47). Förval: sv.
            language: sv

            # Texten i sidfoten. Förval: ingen.
            # footer: Samverkan om hälso- och sjukvård mellan regionen och länets kommuner.

            # Webbplatsens adress, utan / sist. Behövs för sitemap.xml, flödena och kalendrarnas länkar.
            # Förval: ingen (webbplatsen fungerar ändå, med relativa länkar).
            # base_url: https://samverkan.example.se

            # Adressen till innehållsmappen i förrådets webbredigerare: varje sida får en länk
            # "Redigera sidan". Förval: ingen länk.
            # edit_url: https://github.com/organisation/samverkan/edit/main/content/

            # Datakatalogen /data/katalog.jsonld (DCAT-AP-SE) skrivs när base_url och de tre nedan finns.
            # Utgivaren av de öppna data. Förval: ingen.
            # publisher: Exempelregionen
            # Kontaktpunktens namn. Förval: ingen.
            # contact_name: Samverkanskansliet
            # Kontaktpunktens e-postadress. Förval: ingen.
            # contact_email: samverkan@example.se
            # Licensen för de öppna data, som en adress. Förval: ingen.
            # license: https://creativecommons.org/publicdomain/zero/1.0/

            # En sida per förtroendevald (deltagare med parti) under /personer/ och /data/people.json.
            # Förval: true. Skriv false för att inte publicera några personsidor.
            # person_pages: false

            """
    }

    static func aboutPage(organisation: String) -> String {
        """
        ---
        title: Om webbplatsen
        description: Vad webbplatsen innehåller, vem som står bakom den och hur du läser en mötessida.
        ---
        Här publiceras mötesanteckningar och ställningstaganden från de gemensamma organen för \(organisation). \(FillInMarker.marker("en eller två meningar om vad samverkan gäller och vilka som deltar"))

        ## Vem står bakom webbplatsen?

        Webbplatsen ges ut av \(organisation). \(FillInMarker.marker("var man hittar mer information, t.ex. en länk till organisationens webbplats"))

        ## Vad finns här?

        - **[Organ](/organ/)** – de grupper vars möten publiceras.
        - **[Tidslinje](/tidslinje/)** – möten, ställningstaganden och milstolpar i tidsordning.
        - **[Ställningstaganden](/beslut/)** – ett register över det som organen har noterat, godkänt, ställt sig bakom, beslutat, gett i uppdrag eller konstaterat.
        - **[Ämnen](/amnen/)** – möten, ställningstaganden och milstolpar samlade per ämne.
        - **[Kommande möten](/kommande/)** – planerade möten som ännu inte har någon mötesanteckning.

        ## Så läser du en mötessida

        Överst på mötessidan står vilket organ som har mött, datum, tid, plats och mötesform. Därefter följer deltagarna, med organisation, parti och roll. Den som var frånvarande är markerad, liksom vem som i så fall ersatte personen.

        Dagordningens punkter är numrerade som i mötesanteckningen, och varje punkt har en egen länk. Organets ställningstaganden visas vid den punkt de hör till och samlas också i registret över ställningstaganden.

        """
    }

    static func accessibilityPage(organisation: String) -> String {
        """
        ---
        title: Tillgänglighetsredogörelse
        description: Hur webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service, kända brister och hur du rapporterar problem.
        ---
        \(organisation) står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, vilka kända tillgänglighetsproblem som finns och hur du kan rapportera brister till oss så att vi kan åtgärda dem.

        ## Hur tillgänglig är webbplatsen?

        Vårt mål är att webbplatsen ska uppfylla kraven i standarden WCAG 2.1 på nivå AA. Kända brister beskrivs under rubriken Innehåll som inte är tillgängligt nedan.

        ## Vad kan du göra om du inte kan använda delar av webbplatsen?

        Om du behöver innehåll från webbplatsen i ett annat format, eller om något inte fungerar för dig, kan du kontakta oss: \(FillInMarker.marker("e-postadress, telefonnummer eller kontaktsida"))

        ## Rapportera brister i webbplatsens tillgänglighet

        Om du upptäcker problem som inte beskrivs på den här sidan, eller om du anser att vi inte uppfyller lagens krav, kontakta oss så att vi får veta att problemet finns: \(FillInMarker.marker("e-postadress eller kontaktsida"))

        ## Tillsynsmyndighet

        Myndigheten för digital förvaltning (DIGG) har ansvaret för tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta DIGG och påtala det: [anmäl till DIGG](https://www.digg.se/tdosanmalan).

        ## Teknisk information om webbplatsens tillgänglighet

        Den här webbplatsen är \(FillInMarker.marker("helt förenlig, delvis förenlig eller inte förenlig")) med lagen om tillgänglighet till digital offentlig service.

        ## Innehåll som inte är tillgängligt

        \(FillInMarker.marker("de kända bristerna, t.ex. bilagor som inte är tillgängliga, eller skriv att inga brister är kända"))

        ## Hur vi testat webbplatsen

        Webbplatsens mallar granskas automatiskt mot WCAG 2.1 nivå A och AA med verktyget axe-core, och all HTML valideras med W3C:s Nu HTML Checker. \(FillInMarker.marker("hur ni själva har granskat webbplatsen"))

        Webbplatsen publicerades \(FillInMarker.marker("år")). Redogörelsen uppdaterades den \(FillInMarker.marker("datum")).

        """
    }
}
