package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A group of people that gives itself a name in a sentence of its own ("They call themselves Quiet Larkspur", "They
 * have a group chat and, since May, a name: Corner Parents of Ashgrove") speaks under that name wherever its story
 * lets it speak unnamed: a "they" in the naming sentence after the name or in the next sentence of its paragraph ("In
 * the petition, they say"), "the group" further down, a plural of people still its mention in the sentences just
 * before the naming whose noun the sentence before it holds ("Some parents say A. A group of about 60 parents ... say
 * B. They call themselves X."), and, once the group speaks, a headline's or deck's bare plural of people still its
 * mention (round 55: a deck's "some parents say A" is the group the story names below). A story with two namings
 * leaves every mention as it stands. {@link SelfNamed} reads the description the naming follows; this runs after the
 * pronouns are resolved, for {@link ResolutionStage}.
 */
final class SelfNamedGroups {

    /** "They call themselves (the) X" or "They ... a name: X" opening a sentence. */
    private static final Pattern NAMING = Pattern.compile("\\bThey (?:(?:call|called) themselves (?:the )?" + SelfNamed.NAME
            + "|[^.!?]{0," + ResolutionWindows.GIVEN_NAME_CHARS + "}?\\ba name: (?:the )?" + SelfNamed.NAME + ")");

    /** The name a group gives itself, the naming's sentence, where the name ends, and the words of the sentence before. */
    private record Naming(String name, int sentence, int end, Set<String> before) {
    }

    private SelfNamedGroups() {
    }

    static void apply(AnnotatedDocument doc, Lexicon lexicon) {
        if (!doc.text.contains("They ")) {
            return;
        }
        int[] story = stories(doc);
        Map<Integer, Naming> byStory = new HashMap<>();
        Matcher m = NAMING.matcher(doc.text);
        while (m.find()) {
            int index = doc.sentenceAtOrAfter(m.start());
            if (index < doc.sentences.size() && doc.sentences.get(index).start() == m.start()) {
                int group = m.group(1) != null ? 1 : 2;
                Sentence before = doc.sentences.get(Math.max(0, index - 1));
                // Read once per naming, not per mention asking: a run-on sentence before it is read once.
                Naming naming = new Naming(m.group(group), index, m.end(group), Set.copyOf(Name.words(doc.text(before.start(), before.end()))));
                // Two groups named in one story: no mention tells which of them it is.
                byStory.merge(story[doc.sentences.get(index).block()], naming, (a, b) -> new Naming(null, -1, -1, Set.of()));
            }
        }
        if (byStory.isEmpty()) {
            return;
        }
        Map<Integer, Naming> spoke = new HashMap<>();
        for (Attribution a : doc.attributions) {
            Naming n = a.mention == null ? null : byStory.get(story[a.block]);
            if (n != null && n.name() != null && speaksAs(doc, lexicon, a, n)) {
                ResolutionSteps.name(a, n.name(), SpeakerKind.ORGANIZATION);
            }
            if (n != null && n.name() != null && n.name().equals(a.speaker)) {
                spoke.put(story[a.block], n);
            }
        }
        for (Attribution a : spoke.isEmpty() ? List.<Attribution>of() : doc.attributions) {
            Naming n = spoke.get(story[a.block]);
            if (n != null && doc.block(a.block).kind() == Block.Kind.HEADLINE && a.mention != null
                    && a.mention.text().equals(a.speaker) && barePlural(lexicon, a.mention.text())) {
                ResolutionSteps.name(a, n.name(), SpeakerKind.ORGANIZATION);
            }
        }
    }

    /** Whether the statement's speaker, as the text leaves it, is the group named by {@code n}. */
    private static boolean speaksAs(AnnotatedDocument doc, Lexicon lexicon, Attribution a, Naming n) {
        Mention m = a.mention;
        int s = GroupSubjectBefore.sentenceOf(doc, m);
        if (s < 0 || doc.sentences.get(s).block() != doc.sentences.get(n.sentence()).block()) {
            return m.text().equalsIgnoreCase("the group") && m.start() > n.end() && m.text().equals(a.speaker);
        }
        if (m.text().equalsIgnoreCase("they")) {
            return s == n.sentence() && m.start() > n.end() || s == n.sentence() + 1;
        }
        if (m.text().equalsIgnoreCase("the group")) {
            return m.start() > n.end() && m.text().equals(a.speaker);
        }
        if (s >= n.sentence() || n.sentence() - s > ResolutionWindows.BEFORE_NAMING_SENTENCES || !m.text().equals(a.speaker)) {
            return false;
        }
        String noun = Name.afterLastSpace(m.text());
        return plural(lexicon, noun) && n.before().contains(noun);
    }

    /** A plural of people in lower case, at most with a word before it: "neighbors", "some parents". */
    private static boolean barePlural(Lexicon lexicon, String text) {
        List<String> words = Name.words(text);
        return words.size() <= 2 && text.equals(text.toLowerCase(Locale.ROOT)) && plural(lexicon, Name.lastWord(words));
    }

    private static boolean plural(Lexicon lexicon, String word) {
        return WordForms.pluralShape(word) && lexicon.isPersonNoun(WordForms.singular(word));
    }

    /**
     * By block, the story it belongs to: the first block of the run of headlines (a headline, its deck, a byline) that
     * opens it, page furniture between them included.
     */
    private static int[] stories(AnnotatedDocument doc) {
        int[] story = new int[doc.blocks.size()];
        int current = 0;
        boolean body = false;
        for (int b = 0; b < story.length; b++) {
            Block.Kind kind = doc.block(b).kind();
            if (kind == Block.Kind.HEADLINE && body) {
                current = b;
                body = false;
            } else if (kind == Block.Kind.PARAGRAPH || kind == Block.Kind.BULLET) {
                body = true;
            }
            story[b] = current;
        }
        return story;
    }
}
