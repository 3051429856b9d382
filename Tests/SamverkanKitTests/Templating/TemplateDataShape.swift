@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// The names found in the data a template receives, merged over every page it renders: a list's
/// entries merge into one shape, so `{{#years}}` leads to the names any year has.
final class TemplateDataShape {
    private(set) var children: [String: TemplateDataShape] = [:]
    /// Whether a value was ever seen here. A field that is `nil`, or a list that is empty, on every
    /// page says nothing about the names inside it: those are not checked.
    private(set) var isKnown = false

    /// Adds the data exactly as the renderer gets it: `TemplateData.convert(page.context)`.
    func add(_ value: Any) {
        switch value {
        case let dictionary as [String: Any]:
            isKnown = true
            for (key, child) in dictionary { self.child(key).add(child) }
        case let list as [Any]:
            for element in list { add(element) }
        case let flag as Bool where !flag:
            // `false` is also what a field without a value becomes (so templates do not look further
            // up for it); its shape comes from the declared type, `addDeclaredFields`.
            break
        default:
            isKnown = true
        }
    }

    /// Adds the fields the converted data leaves out because they are `nil` on this page: the
    /// name exists in the Swift type, Mustache just finds nothing there.
    func addDeclaredFields(of value: Any) {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct, .class:
            for field in mirror.children {
                guard let label = field.label else { continue }
                child(label).addDeclaredFields(of: field.value)
            }
        case .optional:
            if let wrapped = mirror.children.first?.value { addDeclaredFields(of: wrapped) }
        case .collection:
            for element in mirror.children { addDeclaredFields(of: element.value) }
        default:
            break
        }
    }

    private func child(_ name: String) -> TemplateDataShape {
        if let existing = children[name] { return existing }
        let created = TemplateDataShape()
        children[name] = created
        return created
    }
}
