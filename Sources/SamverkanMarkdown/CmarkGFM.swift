import SamverkanModel

internal import CCmarkGFM
import Foundation

/// The one file that talks to cmark-gfm. It parses a Markdown text with the GFM extensions, reports
/// the headings and links it holds, lets the caller rewrite link targets, and renders safe HTML.
/// Everything cmark allocates is freed here; no C type leaves this file.
enum CmarkGFM {
    /// What one parse of a Markdown text yields.
    struct Output: Sendable {
        var html: String
        var headings: [MarkdownHeading]
        var links: [MarkdownLink]
        /// Lines (within the text, from 1) where raw HTML was written and left out.
        var rawHTMLLines: [Int]
        /// Whether the text has footnotes, whose anchors (`fn-1`, `fnref-1`) are then in the HTML.
        var hasFootnotes = false
    }

    /// GFM's extensions as the contract names them.
    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// Safe by default: raw HTML is omitted and `javascript:` and similar link targets are emptied.
    private static let options: Int32 = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8
        | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE

    private static let registration: Void = { cmark_gfm_core_extensions_ensure_registered() }()

    /// cmark-gfm 0.29 (Debian 12's) keeps the table of characters that start an extension's inline
    /// syntax (`~` for strikethrough) in a global, which every parse adds to before its inline pass and
    /// takes away from after it. Two parses at once race: one ends and removes `~` while the other
    /// is still reading, and `~~struken~~` comes out as text on that page now and then. So the step
    /// that parses inlines (`cmark_parser_finish`) runs one at a time; reading blocks and rendering
    /// HTML stay parallel.
    private static let inlinePass = NSLock()

    /// Parses `markdown`, calls `rewriteLink` with each link or image (its target read once, in `MarkdownLink`)
    /// and uses what it returns, then renders HTML.
    static func render(_ markdown: String, rewriteLink: (MarkdownLink) -> String) -> Output {
        _ = registration
        guard let parser = cmark_parser_new(options) else {
            return Output(html: "", headings: [], links: [], rawHTMLLines: [])
        }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        markdown.utf8CString.withUnsafeBufferPointer { buffer in
            cmark_parser_feed(parser, buffer.baseAddress, buffer.count - 1)
        }
        inlinePass.lock()
        let finished = cmark_parser_finish(parser)
        inlinePass.unlock()
        guard let document = finished else {
            return Output(html: "", headings: [], links: [], rawHTMLLines: [])
        }
        defer { cmark_node_free(document) }

        var headings: [MarkdownHeading] = []
        var links: [MarkdownLink] = []
        var rawHTMLLines: [Int] = []
        var hasFootnotes = false
        if let iterator = cmark_iter_new(document) {
            defer { cmark_iter_free(iterator) }
            while true {
                let event = cmark_iter_next(iterator)
                if event == CMARK_EVENT_DONE { break }
                guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
                let type = cmark_node_get_type(node)
                let (line, column) = position(of: node)
                if type == CMARK_NODE_HEADING {
                    headings.append(MarkdownHeading(level: Int(cmark_node_get_heading_level(node)),
                                                    text: plainText(of: node), line: line))
                } else if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                    let isImage = type == CMARK_NODE_IMAGE
                    let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                    let link = MarkdownLink(destination: destination, isImage: isImage,
                                            text: plainText(of: node), line: line, column: column)
                    links.append(link)
                    let rewritten = rewriteLink(link)
                    if rewritten != destination {
                        _ = cmark_node_set_url(node, rewritten)
                    }
                } else if type == CMARK_NODE_FOOTNOTE_DEFINITION || type == CMARK_NODE_FOOTNOTE_REFERENCE {
                    hasFootnotes = true
                } else if type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE {
                    rawHTMLLines.append(line)
                }
            }
        }

        guard let rendered = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else {
            return Output(html: "", headings: headings, links: links, rawHTMLLines: rawHTMLLines)
        }
        defer { free(rendered) }
        return Output(html: String(cString: rendered), headings: headings, links: links, rawHTMLLines: rawHTMLLines,
                      hasFootnotes: hasFootnotes)
    }

    /// Where a node starts in the text. Links the autolink extension makes of plain text
    /// (`https://…`, `a@b.se`, and oddities such as `.mailto:a@b.se`, which becomes a relative link)
    /// have no position of their own; they get that of the nearest block around them, so a
    /// message about one points at its paragraph instead of line 0, the front matter's `---`.
    private static func position(of node: OpaquePointer) -> (line: Int, column: Int) {
        var current: OpaquePointer? = node
        while let candidate = current {
            let line = Int(cmark_node_get_start_line(candidate))
            if line > 0 { return (line, max(1, Int(cmark_node_get_start_column(candidate)))) }
            current = cmark_node_parent(candidate)
        }
        return (1, 1)
    }

    /// The text of a node's descendants, as a reader would read it.
    private static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        var child = cmark_node_first_child(node)
        while let current = child {
            let type = cmark_node_get_type(current)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE {
                if let literal = cmark_node_get_literal(current) { text += String(cString: literal) }
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                text += " "
            } else {
                text += plainText(of: current)
            }
            child = cmark_node_next(current)
        }
        return text
    }
}
