/// Turns a Word document into pandoc's JSON tree: the seam that lets the tests feed documents
/// without a pandoc of their own choosing.
public protocol WordConverter: Sendable {
    func pandocJSON(of path: String) throws(ImportFailure) -> [UInt8]
}
