import Foundation
import SamverkanModel
import SamverkanSite

/// What the preview adds to every page: a script that asks the server whether the site changed,
/// reloads when it did, and shows the content's errors over the page when a build failed.
enum LiveReload {
    static let scriptPath = "/_samverkan/live.js"
    static let statusPath = "/_samverkan/status"

    /// Adds the script to an HTML page, before `</body>` (or at the end).
    static func inject(into html: String) -> String {
        let tag = "<script src=\"\(scriptPath)\" defer></script>\n"
        guard let end = html.range(of: "</body>", options: .backwards) else { return html + tag }
        return html.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: tag)
    }

    /// The status as JSON: `{"generation": n, "ok": bool, "problems": ["path:line:col: …"], "watcher": [...]}`.
    /// A failed build lists its errors (its warnings, when `--strict` failed it on them alone);
    /// `watcher` holds the watcher's warning while its polls stop at a limit, whether or not the build failed.
    static func statusJSON(_ status: PreviewSession.Status) -> String {
        let errors = status.diagnostics.filter { $0.severity == .error }
        let shown = status.succeeded ? [] : errors.isEmpty ? status.diagnostics : errors
        let document: [String: Any] = ["generation": status.generation, "ok": status.succeeded,
                                       "problems": shown.map(\.description),
                                       "watcher": status.watcherWarning.map { [$0.description] } ?? []]
        let data = (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// Shown when there is no built page to show yet because the first build failed.
    static func errorPage(_ status: PreviewSession.Status) -> String {
        let shown = status.diagnostics.filter { $0.severity == .error } + (status.watcherWarning.map { [$0] } ?? [])
        let items = shown.map { "<li>" + html($0.description) + "</li>" }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="sv">
            <head><meta charset="utf-8"><title>Bygget misslyckades – samverkan</title></head>
            <body>
            <main>
            <h1>Bygget misslyckades</h1>
            <p>Rätta felen nedan och spara filen: sidan laddas om av sig själv.</p>
            <ul>
            \(items)
            </ul>
            </main>
            </body>
            </html>

            """
    }

    static func html(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static let script = """
        // samverkan serve: reloads the page when the site changes, shows content errors over it.
        (function () {
          "use strict";
          var seen = null;
          var overlayId = "samverkan-fel";

          function removeOverlay() {
            var old = document.getElementById(overlayId);
            if (old) { old.remove(); }
          }

          function showOverlay(problems, heading, color) {
            removeOverlay();
            var box = document.createElement("section");
            box.id = overlayId;
            box.setAttribute("role", "alert");
            box.setAttribute("aria-labelledby", overlayId + "-rubrik");
            box.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;" +
              "background:#fff;color:#1a1a1a;border-top:6px solid " + color + ";padding:1rem 1.5rem;" +
              "font:15px/1.5 system-ui,sans-serif;box-shadow:0 -4px 16px rgba(0,0,0,.25)";
            var title = document.createElement("h2");
            title.id = overlayId + "-rubrik";
            title.style.cssText = "margin:0 0 .5rem;font-size:1.15rem;color:" + color;
            title.textContent = heading;
            box.appendChild(title);
            var list = document.createElement("ul");
            list.style.cssText = "margin:0;padding-left:1.2rem;font-family:ui-monospace,monospace;font-size:14px";
            problems.forEach(function (problem) {
              var item = document.createElement("li");
              item.textContent = problem;
              list.appendChild(item);
            });
            box.appendChild(list);
            var close = document.createElement("button");
            close.type = "button";
            close.textContent = "Dölj";
            close.style.cssText = "margin-top:.75rem;font:inherit;padding:.25rem .75rem";
            close.addEventListener("click", removeOverlay);
            box.appendChild(close);
            document.body.appendChild(box);
          }

          function poll() {
            var url = "\(statusPath)" + (seen === null ? "" : "?since=" + seen);
            fetch(url, { cache: "no-store" })
              .then(function (response) { return response.json(); })
              .then(function (status) {
                if (seen !== null && status.generation !== seen && status.ok) {
                  location.reload();
                  return;
                }
                seen = status.generation;
                var watcher = status.watcher || [];
                if (!status.ok) {
                  showOverlay(status.problems.concat(watcher), "Innehållet har fel – du ser den senaste fungerande versionen", "#b00020");
                } else if (watcher.length > 0) {
                  showOverlay(watcher, "Förhandsvisningen ser inte alla ändringar", "#8a5a00");
                } else {
                  removeOverlay();
                }
                poll();
              })
              .catch(function () { setTimeout(poll, 1000); });
          }

          poll();
        })();

        """
}
