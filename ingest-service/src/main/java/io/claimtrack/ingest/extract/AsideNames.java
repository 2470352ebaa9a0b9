package io.claimtrack.ingest.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name an aside gives the description before it: "The mayor, Lena Brandt, said" is Lena Brandt, the mayor; "The
 * company, Northline Freight, said" is the body. {@link Asides}, {@link AccordingTo} and {@link SentenceSubjects} ask
 * it of a description with an aside after it.
 */
final class AsideNames {

    /** The most words of a body's description before its name: "the state-owned freight railroad". */
    private static final int BODY_DESCRIPTION_WORDS = 4;
    /** Compiled once: every name set off after a description asks. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private AsideNames() {
    }

    /**
     * "The mayor, Lena Brandt, said": the description first and the name in the aside between {@code open} and
     * {@code close}, as one mention; null when the aside is no person's name (nor a body's after a body's
     * description) or the subject is already named.
     */
    static Mention named(Lexicon lexicon, AttributionContext ctx, Mention subject, int open, int close) {
        Mention aside = ctx.mentions.build(open + 1, close);
        if (aside == null || !aside.hasName() || ctx.mentions.scanLeft(close - 1, open + 1) != open + 1) {
            return null;
        }
        int home = HomeAfterName.start(ctx.tokens, open + 1, close);
        Mention person = home < close ? ctx.mentions.build(open + 1, home) : null;
        if (person != null && person.hasName() && person.kind() == SpeakerKind.PERSON) {
            // "The pastor, Ivo Brandt of Grace Chapel in Ely, said": the person, not the place.
            aside = person;
        }
        String text = ctx.doc.text(subject.start(), aside.end());
        if ((aside.kind() == SpeakerKind.ORGANIZATION || bodysName(lexicon, subject, aside)) && bodyDescription(lexicon, subject)
                || ownedBody(lexicon, subject)) {
            // "The company, Northline Freight, said", "according to the railroad, Northline Freight."; "Tessel's
            // operator, Corvane Mining, said": the name in the aside is the body's.
            return new Mention(subject.start(), aside.end(), text, "", aside.name(), SpeakerKind.ORGANIZATION);
        }
        if (aside.kind() != SpeakerKind.PERSON || subject.hasName() && !startsWithRole(lexicon, subject)) {
            return null;
        }
        return new Mention(subject.start(), aside.end(), text, roleOf(subject), aside.name(), SpeakerKind.PERSON);
    }

    /**
     * "Tessel's operator", "Harlow's parent company": a name's possessive and a body's head word, read as one capitalised
     * name, is a body's description.
     */
    private static boolean ownedBody(Lexicon lexicon, Mention m) {
        String text = m.text();
        int mark = Math.max(text.lastIndexOf("'s "), text.lastIndexOf("’s "));
        if (!m.hasName() || mark <= 0 || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        String[] owned = text.substring(mark + 3).split(" ");
        return owned.length > 0 && owned.length <= 2 && Character.isLowerCase(owned[0].charAt(0))
                && lexicon.organizations.contains(lexicon.headKey(owned[owned.length - 1].toLowerCase(Locale.ROOT)));
    }

    /**
     * "The railroad, Tarn Valley & Northern, said", "The carrier, Westline, said": a name with no title and no first
     * name, set off after a body's noun, is that body's, however its words were read.
     */
    private static boolean bodysName(Lexicon lexicon, Mention subject, Mention aside) {
        String[] words = SPACES.split(subject.text().toLowerCase(Locale.ROOT));
        // The body's noun heads the description: "the head of the district administration, Ivo Renk" is a person.
        return aside.kind() == SpeakerKind.PERSON && aside.role().isEmpty() && words.length <= BODY_DESCRIPTION_WORDS
                && !Arrays.asList(words).contains("of")
                && lexicon.organizations.contains(lexicon.headKey(words[words.length - 1]))
                && !lexicon.isFirstName(SPACES.split(aside.name())[0].toLowerCase(Locale.ROOT));
    }

    /** A determiner and a body's noun, or a noun no list gives a person: "the company", "the railroad". */
    private static boolean bodyDescription(Lexicon lexicon, Mention m) {
        String[] words = SPACES.split(m.text().toLowerCase(Locale.ROOT));
        return !m.hasName() && words.length > 1 && FunctionWords.DETERMINERS.contains(words[0])
                && (m.kind() == SpeakerKind.ORGANIZATION || m.kind() == SpeakerKind.PERSON && !lexicon.isPersonNoun(lexicon.headKey(words[words.length - 1])));
    }

    /** "The spokesman for the Relief Agency": a title, however much organisation name follows it. */
    private static boolean startsWithRole(Lexicon lexicon, Mention m) {
        String[] words = SPACES.split(m.text().toLowerCase(Locale.ROOT));
        int i = FunctionWords.DETERMINERS.contains(words[0]) && words.length > 1 ? 1 : 0;
        return lexicon.isRoleWord(words[i]);
    }

    private static String roleOf(Mention description) {
        String text = description.text();
        for (String det : List.of("The ", "the ", "A ", "a ", "An ", "an ")) {
            if (text.startsWith(det)) {
                return text.substring(det.length());
            }
        }
        return text;
    }
}
