import SamverkanModel

/// Turns a page's data into nested dictionaries and arrays once, before rendering.
///
/// swift-mustache looks up a name in a struct with `Mirror` on every lookup; in a dictionary it is a
/// hash lookup. Converting once keeps rendering linear in the page's size. A `nil` field is left out,
/// which Mustache treats exactly as it treats a missing one.
enum TemplateData {
    static func convert(_ value: Any) -> Any {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct, .class:
            var dictionary: [String: Any] = [:]
            dictionary.reserveCapacity(mirror.children.count)
            for child in mirror.children {
                guard let label = child.label, let converted = convertOptional(child.value) else { continue }
                dictionary[label] = converted
            }
            return dictionary
        case .optional:
            return convertOptional(value) ?? value
        case .collection:
            return mirror.children.map { convert($0.value) }
        default:
            return value
        }
    }

    private static func convertOptional(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return convert(value) }
        guard let wrapped = mirror.children.first?.value else { return nil }
        return convertOptional(wrapped)
    }
}
