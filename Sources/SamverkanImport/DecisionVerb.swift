import Foundation
import SamverkanModel

/// The kind of a ställningstagande, read from its verb: "SRO noterar informationen" → noterar,
/// "… ger X i uppdrag att …" → ger uppdrag. Nil when no verb of the contract is there.
enum DecisionVerb {
    static func kind(of text: String) -> Decision.Kind? {
        let words = " " + text.lowercased().components(separatedBy: CharacterSet.letters.inverted).joined(separator: " ") + " "
        func has(_ forms: [String]) -> Bool { forms.contains { words.contains(" \($0) ") } }
        if has(["ger", "gav", "ges", "uppdrar", "uppdras"]), words.contains(" uppdrag") || has(["uppdrar", "uppdras"]) {
            return .commissions
        }
        if words.contains(" ställer sig bakom ") || words.contains(" ställde sig bakom ") || words.contains(" står bakom ") {
            return .endorses
        }
        if has(["godkänner", "godkänns", "godkändes", "godkände", "godkänt", "godkänd", "godkända"]) { return .approves }
        if has(["beslutar", "beslutade", "beslöt", "beslutas", "fastställer", "fastställdes", "fastställs"]) { return .decides }
        if has(["konstaterar", "konstaterade", "konstateras", "konstaterades"]) { return .states }
        if has(["noterar", "noteras", "noterade", "noterades", "antecknar"]) { return .notes }
        return nil
    }
}
