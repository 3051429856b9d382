/// What can be checked before rendering anything.
extension MustacheLibrary {
    /// Every `{{>name}}` and `{{<name}}` whose template is not registered, at its tag, by
    /// template name, line and column. (Rendering treats such a partial as empty.)
    public func missingPartials() -> [MustacheError] {
        var errors: [MustacheError] = []
        for template in templates.values.sorted(by: { $0.name < $1.name }) {
            for reference in template.references where reference.kind == .partial || reference.kind == .parent {
                guard self.template(named: reference.name) == nil else { continue }
                let place = MustachePlace(templateName: template.name, line: reference.line, column: reference.column)
                if reference.kind == .partial {
                    errors.append(.missingPartial(place, tag: "{{>\(reference.name)}}", name: reference.name))
                } else {
                    errors.append(.missingParent(place, tag: "{{<\(reference.name)}}", name: reference.name))
                }
            }
        }
        return errors
    }
}
