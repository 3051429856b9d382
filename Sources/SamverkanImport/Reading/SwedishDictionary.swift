import Foundation

/// Debian's Swedish dictionary (`hunspell -d sv_SE`, package hunspell-sv): which of some words it
/// does not know. One run for all the words of a document.
enum SwedishDictionary {
    static func unknownWords(_ words: Set<String>, scratch: ScratchFolder, environment: [String: String] = [:], timeout: Int) throws(ImportFailure) -> Set<String> {
        guard !words.isEmpty else { return [] }
        let list = try scratch.write(Array(words.sorted().joined(separator: "\n").utf8) + [10], to: "words.txt")
        let descriptor = open(list, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadable("en tillfällig fil kunde inte läsas") }
        defer { close(descriptor) }
        let outcome = try ExternalTool.hunspell.run(["-d", "sv_SE", "-i", "UTF-8", "-l"], environment: environment, input: descriptor,
                                                   outputLimit: 8 << 20, timeout: timeout)
        let said = String(decoding: outcome.errorOutput.prefix(4096), as: UTF8.self)
        if outcome.status != 0 || said.contains("Can't open affix or dictionary") {
            throw .toolMissing(program: "hunspell sv_SE", package: "hunspell-sv")
        }
        return Set(String(decoding: outcome.output, as: UTF8.self).split(separator: "\n").map(String.init))
    }

    /// The words of a text a dictionary can judge: runs of letters (with `-` and `'` inside, and
    /// the digits and `&` that bad OCR puts where å, ä and ö belong), at least `minimumLength` long.
    static func words(in text: String, minimumLength: Int = 3) -> [String] {
        var words: [String] = []
        var current = ""
        func flush() {
            while let last = current.last, !last.isLetter { current.removeLast() }
            if current.count >= minimumLength, current.contains(where: \.isLetter) { words.append(current) }
            current = ""
        }
        for character in text {
            if character.isLetter || (!current.isEmpty && (character == "-" || character == "'" || character == "&" || character.isNumber)) {
                current.append(character)
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// `G6teborg`, `I8per`, `B&da`: a digit or `&` between letters, where OCR without Swedish read å, ä or ö.
    static func isMangled(_ word: String) -> Bool {
        let characters = Array(word)
        guard characters.count >= 3 else { return false }
        for index in 1..<(characters.count - 1) where characters[index].isNumber || characters[index] == "&" {
            if characters[index - 1].isLetter, characters[index + 1].isLetter { return true }
        }
        return false
    }
}
