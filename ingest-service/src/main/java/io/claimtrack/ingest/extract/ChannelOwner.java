package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "A statement posted on the club's website said", "a message on Harwick Rovers' channel read": words put out on a body's
 * own website, page or channel speak for the body that owns it, as a document speaks for its maker (issue 10). The owner
 * is a body's name or a definite description of a body the text names ("the club's" for the club named before); a
 * person's account, a site of no one named ("on a fan forum") or a description of no body named is left to the other
 * rules. Part of {@link OwnEvidence}.
 */
final class ChannelOwner {

    /** A body's own channels of words. */
    private static final List<String> CHANNELS = List.of("website", "web site", "site", "page", "channel", "account", "feed",
            "blog", "homepage");
    /** After the document: a participle of putting out, then "on" and the owner's possessive before its channel. */
    private static final Pattern ON_CHANNEL = Pattern.compile(",? (?:(?:" + String.join("|", FunctionWords.PUBLISHING_PARTICIPLES)
            + ")(?: out)? (?:\\p{Lu}\\p{Ll}+day |late |early |last \\p{Ll}+ )?)?(?:on|to) (?:(the (?:[\\p{Ll}-]+ ){0,3}[\\p{Ll}-]+)"
            + "|(?:the )?(\\p{Lu}[\\p{L}.&-]*(?: \\p{Lu}[\\p{L}.&-]*){0,5}))(?:['’]s|['’]) (?:official |own )?"
            + "(?:" + String.join("|", CHANNELS) + ")\\b");

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;
    private final NameIndex names;
    private final BodyDescriptions bodies;

    ChannelOwner(AnnotatedDocument doc, Lexicon lexicon, NameIndex names, BodyDescriptions bodies) {
        this.doc = doc;
        this.lexicon = lexicon;
        this.names = names;
        this.bodies = bodies;
    }

    /**
     * The canonical name of the body whose channel carried the document {@code m} (whatever kind the mention was read
     * as: "A statement on Harwick Rovers' page" holds a name); null if none is named so.
     */
    String owner(Mention m) {
        if (m.end() >= doc.text.length()) {
            return null;
        }
        // The phrase may close the mention ("A notice on the ministry's website said") or follow it ("A statement posted on").
        int end = Math.min(doc.text.length(), m.end() + ResolutionWindows.CHANNEL_AFTER_CHARS);
        if (Chars.indexOf(doc.text, '\'', m.start(), end) < 0 && Chars.indexOf(doc.text, '’', m.start(), end) < 0) {
            // No owner's apostrophe: a regex search of every position in reach, for every mention, finds nothing.
            return null;
        }
        Matcher on = ON_CHANNEL.matcher(doc.text).region(m.start(), end);
        if (!on.find() || on.start() > m.end() || !document(doc.text(m.start(), on.start()))) {
            return null;
        }
        if (on.group(1) != null) {
            List<String> words = Name.words(on.group(1).toLowerCase(Locale.ROOT));
            String head = words.get(words.size() - 1);
            if (!lexicon.organizations.contains(head) && !Businesses.WORDS.contains(head)) {
                return null;
            }
            Mention described = new Mention(on.start(1), on.end(1), on.group(1), "", "", SpeakerKind.ORGANIZATION);
            Name body = bodies.named(described, head);
            return body == null ? null : names.expand(body.text(), SpeakerKind.ORGANIZATION, body.offset());
        }
        int j = Name.lastBefore(doc.names, on.start(2) + 1);
        Name n = j >= 0 ? doc.names.get(j) : null;
        return n == null || n.offset() != on.start(2) || n.kind() != SpeakerKind.ORGANIZATION && !bodies.isBusiness(n)
                ? null : names.expand(n.text(), SpeakerKind.ORGANIZATION, n.offset());
    }

    /**
     * "Its website says", "their page": a channel "its" or "their" opens, which speaks for the body the possessive
     * stands for, as such a document does ({@link DocumentOwner}).
     */
    static boolean owned(Mention m) {
        List<String> words = Name.words(m.text().toLowerCase(Locale.ROOT));
        return words.size() == 2 && ("its".equals(words.get(0)) || "their".equals(words.get(0))) && CHANNELS.contains(words.get(1));
    }

    /**
     * "Nimbara's public status page": a channel whose owner is named before it with "'s", which speaks for that owner
     * as a possessed document does; not "the mayor's page", whose owner the description rules find.
     */
    static boolean possessedByName(Mention m) {
        String owner = ResolutionStage.possessor(m);
        return owner != null && Character.isUpperCase(owner.charAt(0))
                && CHANNELS.contains(Name.afterLastSpace(m.text()).toLowerCase(Locale.ROOT));
    }

    /** Whether a word (lower case) names a body's own channel of words: "website", "feed". */
    static boolean channel(String lower) {
        return CHANNELS.contains(lower);
    }

    /** Whether the words before the channel's phrase end in a document ("A statement", "A short notice"). */
    private boolean document(String before) {
        List<String> words = Name.words(before.toLowerCase(Locale.ROOT));
        return !words.isEmpty() && words.size() <= ResolutionWindows.BODY_DESCRIPTION_TOKENS
                && lexicon.documents.contains(lexicon.headKey(Name.lastWord(words)));
    }
}
