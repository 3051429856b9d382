import SamverkanLoading
import SamverkanModel

extension PageCatalog {
    /// For each topic: the meetings that name it (directly or through a decision), its decisions and milestones.
    struct TopicUsage {
        var meetings: [Meeting] = []
        var decisions: [(meeting: Meeting, index: Int, decision: Decision)] = []
        var milestones: [Milestone] = []
    }

    static func topicUsage(_ content: SiteContent,
                           decisions: [(meeting: Meeting, index: Int, decision: Decision)]) -> [String: TopicUsage] {
        var usage: [String: TopicUsage] = [:]
        for meeting in content.meetings.reversed() {
            var named = Set(meeting.topics.map(\.value))
            for decision in meeting.decisions { named.formUnion(decision.topics.map(\.value)) }
            for topic in named { usage[topic, default: TopicUsage()].meetings.append(meeting) }
        }
        for item in decisions {
            for topic in Set(item.decision.topics.map(\.value)) { usage[topic, default: TopicUsage()].decisions.append(item) }
        }
        for milestone in content.milestones {
            if let topic = milestone.topic?.value { usage[topic, default: TopicUsage()].milestones.append(milestone) }
        }
        return usage
    }

    func topicsPage() -> TopicsContext {
        let url = SiteURL.topics
        let usage = usageByTopic
        return TopicsContext(
            layout: layout(url, title: "Ämnen", description: "Ämnen som möten och ställningstaganden handlar om.",
                           section: .topics),
            topics: content.topics.map { topic in
                let used = usage[topic.id] ?? TopicUsage()
                return TopicSummary(topicTitle: topic.title, topicHref: SiteURL.relative(from: url, to: topic.url),
                                    meetingCount: used.meetings.count, decisionCount: used.decisions.count,
                                    milestoneCount: used.milestones.count)
            })
    }

    func topicPage(_ topic: Topic) -> TopicContext {
        let url = topic.url
        let used = usageByTopic[topic.id] ?? TopicUsage()
        return TopicContext(
            layout: layout(url, title: topic.title, description: "Möten, ställningstaganden och milstolpar om \(topic.title).",
                           section: .topics, crumbs: [("Ämnen", SiteURL.topics)], search: [("Typ", "Ämne")]),
            topicTitle: topic.title, descriptionHTML: rendered.topics[topic.id]?.html ?? "",
            meetings: used.meetings.map { entry($0, from: url) },
            decisions: used.decisions.map { entry($0.decision, index: $0.index, of: $0.meeting, from: url) },
            milestones: used.milestones.map { milestone in
                let source = milestone.source.flatMap { content.meetingsBySlug[$0.value] }
                return TopicContext.MilestoneEntry(
                    title: milestone.title, dateText: SwedishDateFormatter.period(milestone.date, milestone.end),
                    isoDate: milestone.date.description, sourceTitle: source.map(title(of:)),
                    sourceHref: source.map { SiteURL.relative(from: url, to: $0.url) })
            })
    }
}
