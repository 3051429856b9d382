import SamverkanModel

/// Page data turned into nested dictionaries and arrays by reflection, as the build once did (with
/// `hasItems` beside every list `items`): the reference `TemplateValue` is checked against, and what
/// the template name check reads.
enum ReflectedTemplateData {
    static func convert(_ value: Any) -> Any {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct, .class:
            var dictionary: [String: Any] = [:]
            dictionary.reserveCapacity(mirror.children.count)
            for child in mirror.children {
                guard let label = child.label, let converted = convertOptional(child.value) else { continue }
                dictionary[label] = converted
                // A list `items` comes with `hasItems`, for markup around the list.
                if let list = converted as? [Any], let first = label.first {
                    dictionary["has" + first.uppercased() + label.dropFirst()] = !list.isEmpty
                }
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
