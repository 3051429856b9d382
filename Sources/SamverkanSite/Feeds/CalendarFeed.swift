import SamverkanModel

/// `/kalender.ics`: every meeting, held, planned and cancelled, as an RFC 5545 calendar that Outlook
/// and Google Calendar import and subscribe to; `/organ/<id>/kalender.ics`: one body's meetings, a
/// `Scope` of the same events. Times are local Stockholm times with the zone defined in the file;
/// UIDs come from the meeting's file name, so an event never duplicates and is the same in every
/// calendar that has it.
enum CalendarFeed {
    /// Which calendar: its name (`X-WR-CALNAME`) and its meetings, oldest first.
    struct Scope {
        var name: String
        var meetings: [Meeting]

        /// `/kalender.ics`: every meeting.
        static func site(_ catalog: PageCatalog) -> Scope {
            Scope(name: "\(catalog.content.settings.title): möten", meetings: catalog.content.meetings)
        }

        /// `/organ/<id>/kalender.ics`: the body's meetings.
        static func body(_ body: Body, _ catalog: PageCatalog) -> Scope {
            Scope(name: "\(catalog.content.settings.title): \(body.name)", meetings: catalog.meetingsByBody[body.id] ?? [])
        }
    }

    static func render(_ catalog: PageCatalog) -> String {
        render(catalog, scope: .site(catalog))
    }

    static func render(_ catalog: PageCatalog, scope: Scope) -> String {
        let content = catalog.content
        let settings = content.settings
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//samverkan//\(escape(settings.title))//SV",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:\(escape(scope.name))",
            "X-WR-TIMEZONE:Europe/Stockholm",
        ]
        lines += timeZone
        for meeting in scope.meetings {
            let title = catalog.title(of: meeting)
            var event = [
                "BEGIN:VEVENT",
                "UID:\(meeting.slug)@samverkan",
                // The time the event was last defined: its own date, so the file is the same on every build.
                "DTSTAMP:\(basic(meeting.date))T000000Z",
            ]
            if let start = meeting.start {
                event.append("DTSTART;TZID=Europe/Stockholm:\(basic(meeting.date))T\(basic(start))")
                let end = meeting.end ?? ClockTime(text: "\(min(start.hour + 1, 23)):\(CalendarDate.pad(start.minute, 2))") ?? start
                event.append("DTEND;TZID=Europe/Stockholm:\(basic(meeting.date))T\(basic(end))")
            } else {
                event.append("DTSTART;VALUE=DATE:\(basic(meeting.date))")
                event.append("DTEND;VALUE=DATE:\(basic(CalendarDate(daysSinceEpoch: meeting.date.daysSinceEpoch + 1)))")
            }
            event.append("SUMMARY:\(escape(meeting.status == .cancelled ? "Inställt: " + title : title))")
            if let location = meeting.location { event.append("LOCATION:\(escape(location))") }
            var description = "\(catalog.bodyName(meeting)). \(meeting.status.label)."
            if let format = meeting.format { description += " \(format.label)." }
            if let url = SiteURL.absolute(meeting.url, base: settings.baseURL) {
                event.append("URL:\(url)")
                description += " \(url)"
            }
            event.append("DESCRIPTION:\(escape(description))")
            event.append("STATUS:\(meeting.status == .cancelled ? "CANCELLED" : "CONFIRMED")")
            event.append("END:VEVENT")
            lines += event
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// Europe/Stockholm as RFC 5545 rules: CET, and CEST from the last Sunday of March to the last
    /// Sunday of October.
    static let timeZone = [
        "BEGIN:VTIMEZONE", "TZID:Europe/Stockholm", "X-LIC-LOCATION:Europe/Stockholm",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]

    static func basic(_ date: CalendarDate) -> String { date.basicDescription }
    static func basic(_ time: ClockTime) -> String { "\(CalendarDate.pad(time.hour, 2))\(CalendarDate.pad(time.minute, 2))00" }

    /// TEXT values: backslash, semicolon, comma and newline escaped (RFC 5545 3.3.11); a CR, alone
    /// or before a newline, becomes that newline, and other control characters are left out, so a
    /// value can never end its line and start a property of its own.
    static func escape(_ text: String) -> String {
        // Most values (a place, a body's name) need nothing: one look at the bytes, and the text is kept.
        if !text.utf8.contains(where: mayNeedEscaping) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\r": result += "\\n"
            case "\n": if !previousWasCR { result += "\\n" }
            case _ where ControlCharacters.isForbidden(scalar): continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A character TEXT escapes, or a byte that begins or is a forbidden character (a control
    /// character, the lead byte of a C1 control `0xC2`, or of U+FFFE/U+FFFF `0xEF`).
    private static func mayNeedEscaping(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: ";"), UInt8(ascii: ","), 0x00...0x1F, 0x7F, 0xC2, 0xEF: true
        default: false
        }
    }

    /// Lines longer than 75 octets are folded (RFC 5545 3.1), never inside a UTF-8 sequence.
    static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var parts: [String] = []
        var current = ""
        var size = 0
        for character in line.unicodeScalars {  // scalars, not characters: a long grapheme still folds
            let length = UTF8.width(character)
            let limit = parts.isEmpty ? 75 : 74  // continuation lines start with a space
            if size + length > limit {
                parts.append(current)
                current = ""
                size = 0
            }
            current.unicodeScalars.append(character)
            size += length
        }
        parts.append(current)
        return parts.joined(separator: "\r\n ")
    }
}
