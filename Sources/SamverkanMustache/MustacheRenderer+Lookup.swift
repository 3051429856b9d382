/// Finding a name: the first part up the context stack, the other parts each only inside the
/// value found before (the spec's dotted names). Integer comparisons; nothing is allocated.
extension MustacheRenderer {
    /// The value of `name`, or `.null` when it is not found.
    func resolve(_ name: MustacheName, _ template: MustacheTemplate) -> MustacheValue {
        if name.isImplicit {
            return stack[stack.count - 1]
        }
        let first = MustacheSymbol(id: name.first)
        var index = stack.count - 1
        while index >= 0 {
            if case .object(let object) = stack[index], let position = object.index(of: first) {
                guard name.restEnd > name.restStart else {
                    return object.values[position]
                }
                return resolveRest(name, template, from: object.values[position])
            }
            index -= 1
        }
        return .null
    }

    /// The later parts of a dotted name, each inside the value before.
    private func resolveRest(_ name: MustacheName, _ template: MustacheTemplate, from found: MustacheValue) -> MustacheValue {
        var value = found
        for part in Int(name.restStart)..<Int(name.restEnd) {
            guard case .object(let inner) = value,
                  let position = inner.index(of: MustacheSymbol(id: template.program.nameParts[part])) else {
                return .null
            }
            value = inner.values[position]
        }
        return value
    }

    /// True when `{{^name}}` shows its content.
    func isFalsey(_ name: MustacheName, _ template: MustacheTemplate) -> Bool {
        resolve(name, template).isFalsey
    }
}
