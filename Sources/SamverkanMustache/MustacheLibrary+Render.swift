/// Rendering. A partial or parent that is not registered renders as nothing (as the spec says;
/// `missingPartials()` finds them beforehand); one that includes itself more than
/// `MustacheRenderer.maximumDepth` levels deep is an error, never a crash.
extension MustacheLibrary {
    /// Renders the template `name` with `value` as the context: UTF-8 bytes.
    public func render(_ name: String, with value: MustacheValue) throws(MustacheError) -> [UInt8] {
        var output: [UInt8] = []
        try render(name, with: value, into: &output)
        return output
    }

    /// Renders the template `name` with `value`, appending to `output` (to reuse a buffer).
    /// After an error `output` is as it was.
    public func render(_ name: String, with value: MustacheValue, into output: inout [UInt8]) throws(MustacheError) {
        guard let template = template(named: name) else {
            throw .unknownTemplate(name)
        }
        var renderer = MustacheRenderer(library: self, context: value, capacity: 16 * 1024)
        defer { renderer.output.deallocate() }
        try renderer.render(template)
        output.append(contentsOf: renderer.output.bytes)
    }

    /// Renders the template `name` with `value` as a string.
    public func renderString(_ name: String, with value: MustacheValue) throws(MustacheError) -> String {
        String(decoding: try render(name, with: value), as: UTF8.self)
    }
}
