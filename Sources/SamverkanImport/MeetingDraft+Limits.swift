import SamverkanLoading

extension MeetingDraft {
    /// Refuses a meeting file that `check` would refuse for its size, instead of writing it: more
    /// bytes than the loader reads of front matter (the whole file is held to it), or more values
    /// in the front matter than it reads. The values are counted from above: every front-matter
    /// line the writer writes holds at most three (a list item's mapping, a key and its value),
    /// and the front matter itself is one more.
    static func checkLimits(of text: String) throws(ImportFailure) {
        let bytes = text.utf8.count
        guard bytes <= YamsFrontMatterParser.maximumBytes else {
            throw .draftTooLarge(bytes: bytes, limit: YamsFrontMatterParser.maximumBytes)
        }
        let values = 3 * frontMatterLines(of: text) + 1
        guard values <= YamsFrontMatterParser.maximumNodes else {
            throw .draftTooManyValues(count: values, limit: YamsFrontMatterParser.maximumNodes)
        }
    }

    /// Lines between the opening `---` and the closing one.
    static func frontMatterLines(of text: String) -> Int {
        var count = 0
        for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropFirst() {
            if line.elementsEqual("---".utf8) { break }
            count += 1
        }
        return count
    }
}
