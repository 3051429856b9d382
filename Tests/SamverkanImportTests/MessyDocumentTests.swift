import Testing

/// Word documents as they come: items numbered by hand in four ways (`1)`, `§ 2`, `3 .`, `4.`),
/// empty paragraphs, line breaks inside an item's title and text, a bold "Beslut:", participants
/// on one line separated by semicolons, an absence line, and tracked changes.
@Suite struct MessyDocumentTests {
    @Test func manualNumberingEmptyParagraphsAndLineBreaks() {
        let imported = ImportFixture.importing(ImportFixture.document("messy-manual-numbering"), body: "sro")
        #expect(imported.text == """
            ---
            body: sro
            date: 2025-03-12
            status: held
            start: "09:00"
            end: "11:30"
            location: Teams
            format: digitalt
            participants:
              - group: Närvarande
                members:
                  - name: Anna Andersson
                    party: S
                    org: Borås stad
                    role: ordförande
                  - name: Bertil Berg
                    org: Västra Götalandsregionen
                  - name: Cecilia Ceder
              - group: Frånvarande
                members:
                  - name: David Dahl
                    org: Alingsås kommun
                    absent: true
            secretary: Erik Ek
            decisions:
              - item: 2
                kind: godkänner
                text: Styrgruppen godkänner dagordningen.
              - item: 3a
                kind: noterar
                text: Styrgruppen noterar informationen.
              - item: 3b
                kind: ger uppdrag
                text: Styrgruppen ger arbetsgruppen i uppdrag att ta fram en plan till nästa möte.
              - item: 3b
                kind: noterar
                text: Styrgruppen tycker till om saken.
            original:
              href: files/2025/2025-03-12-sro.docx
              method: word
            ---
            ## 1. Mötets öppnande

            Ordföranden öppnar mötet.\\
            Närvaron noteras.

            ## 2. Dagordning

            ## 3. Uppföljning

            ### a. Ekonomi

            ### b. Bemanning

            ## 4. Övrigt

            Inga övriga frågor.

            """)
        #expect(imported.lines == [
            "content/meetings/2025/2025-03-12-sro.md:35: warning: slaget av ställningstagandet gick inte att läsa ur texten; skrevs som ”noterar” — välj kind: noterar, godkänner, ställer sig bakom, beslutar, ger uppdrag eller konstaterar",
        ])
        #expect(ImportFixture.check(imported.files).errors == [])
    }

    @Test func trackedChangesKeepInsertionsAndDropDeletions() {
        let imported = ImportFixture.importing(ImportFixture.document("messy-tracked-changes"), body: "sro")
        #expect(imported.text == """
            ---
            body: sro
            date: 2025-05-06
            status: held
            start: "13:00"
            end: "14:00"
            participants:
              - group: Deltagare
                members:
                  - name: Anna Andersson
                    org: VästKom
                  - name: Cecilia Ceder
                    org: Västra Götalandsregionen
            decisions:
              - item: 1
                kind: noterar
                text: Gruppen noterar informationen.
            original:
              href: files/2025/2025-05-06-sro.docx
              method: word
            ---
            ## 1. Information om läget

            Gruppen fick information.

            """)
        #expect(imported.lines == [
            "content/meetings/2025/2025-05-06-sro.md:1: warning: dokumentet har 4 spårade ändringar: tillagd text är med, borttagen text är inte med — jämför utkastet med dokumentet där ändringarna finns",
        ])
    }

    @Test func anExistingFileIsNeverOverwritten() {
        let imported = ImportFixture.importing(ImportFixture.document("2024-10-03-sro"), body: "sro")
        #expect(imported.result.created == nil)
        #expect(imported.lines == [
            "content/meetings/2024/2024-10-03-sro.md: error: filen finns redan och skrivs inte över — redigera den, eller ta bort den först om utkastet ska ersätta den",
        ])
        #expect(imported.files.contents["content/meetings/2024/2024-10-03-sro.md"] == ImportFixture.realSite().contents["content/meetings/2024/2024-10-03-sro.md"])
    }
}
