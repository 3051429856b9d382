// mustache-spec DIR: renders every case of every `.json` spec file in DIR with SamverkanMustache,
// prints each failure (file, name, expected, got) and ends with `N passed, M failed`.
// Exit status: 0 when all pass, 1 when any fails, 2 when DIR or a file cannot be read.
import Foundation
import SamverkanMustache

/// A string as a quoted literal with its line ends and tabs visible.
func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\n": result += "\\n"
        case "\r": result += "\\r"
        case "\t": result += "\\t"
        case "\"": result += "\\\""
        case "\\": result += "\\\\"
        default: result.unicodeScalars.append(scalar)
        }
    }
    return result + "\""
}

let arguments = CommandLine.arguments
guard arguments.count == 2 else {
    FileHandle.standardError.write(Data("användning: mustache-spec MAPP (en mapp med spec-filer i JSON)\n".utf8))
    exit(2)
}
let directory = URL(fileURLWithPath: arguments[1])
let names: [String]
do {
    names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        .filter { $0.hasSuffix(".json") }
        .sorted()
} catch {
    FileHandle.standardError.write(Data("mappen \(directory.path) kan inte läsas: \(error.localizedDescription)\n".utf8))
    exit(2)
}

var passed = 0
var failed = 0
var unreadable = false
for name in names {
    let url = directory.appendingPathComponent(name)
    guard let data = FileManager.default.contents(atPath: url.path) else {
        FileHandle.standardError.write(Data("\(url.path) kan inte läsas\n".utf8))
        unreadable = true
        continue
    }
    let cases: [MustacheSpecCase]
    do {
        cases = try MustacheSpecCase.cases(file: name, json: String(decoding: data, as: UTF8.self))
    } catch {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        unreadable = true
        continue
    }
    for specCase in cases {
        if let got = specCase.failure() {
            failed += 1
            print("FEL \(name): \(specCase.name)")
            if !specCase.description.isEmpty {
                print("  \(specCase.description)")
            }
            print("  mall:     \(quoted(specCase.template))")
            print("  väntat:   \(quoted(specCase.expected))")
            print("  fick:     \(quoted(got))")
        } else {
            passed += 1
        }
    }
}
print("\(passed) passed, \(failed) failed")
exit(failed > 0 ? 1 : (unreadable ? 2 : 0))
