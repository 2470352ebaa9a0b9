package io.claimtrack.ingest.extract;

import java.util.List;

/**
 * Unnamed sources taken up again: "the sources cautioned" is the group the story introduced ("four people familiar
 * with the matter said"), "the person said" the one source last singled out ("One of the people said"), and a
 * headline's "sources" the group its lede introduces; part of
 * {@link DescriptionResolver}. A wire story keeps its sources to its end, so the whole story is in reach, not only
 * the last few paragraphs a description of a named person looks back over.
 */
final class SourcesAgain {

    private SourcesAgain() {
    }

    /**
     * The earlier unnamed source of the same story and number that "the sources" or "the person" (statement
     * {@code index}) stands for: a whole group for a plural ("the sources", not "two of the people"), one person for a
     * singular ("one of the sources", "a source in the delegation"); null when the description is no such phrase or
     * the story has none.
     */
    static Attribution earlier(AnnotatedDocument doc, int index, int[] unitOf, Lexicon lexicon) {
        Attribution a = doc.attributions.get(index);
        // Most descriptions open with no "the": turned away before their words are split.
        if (a.mention.hasName() || !a.mention.text().regionMatches(true, 0, "the", 0, 3)) {
            return null;
        }
        List<String> words = Name.wordsWithTitles(a.mention.text());
        if (words.size() != 2 || !"the".equals(words.get(0)) || !lexicon.anonymous.contains(words.get(1))) {
            return null;
        }
        boolean plural = plural(words.get(1));
        for (int j = index - 1; j >= 0 && j >= index - ResolutionWindows.RESOLUTION_STATEMENTS; j--) {
            Attribution o = doc.attributions.get(j);
            if (unitOf[o.block] != unitOf[a.block]) {
                break;
            }
            // A bare noun ("That person said", read as "person") takes up a source already introduced: not the one to take.
            if (o.nested || o.mention == null || o.mention.hasName() || o.source == Attribution.Source.HEADLINE
                    || o.mention.text().indexOf(' ') < 0
                    || o.inContent(a.mention.start())) {
                continue;
            }
            Boolean group = group(Name.wordsWithTitles(o.mention.text()), lexicon);
            if (group != null && group == plural) {
                return o;
            }
        }
        return null;
    }

    /**
     * "Norland plans to halt timber exports -sources" over "..., three people with knowledge of the matter said": a
     * headline's or its deck's bare plural source ("sources", "people"; "* Two bidders remain, sources say") is the group
     * of unnamed sources the first paragraphs of its story introduce, or a counted group ("three delegates told
     * Reuters"); an agency's own source ("..., AP source says") the one source they introduce ("a person familiar with
     * the talks told The Associated Press"); null if they introduce none.
     */
    static Attribution below(AnnotatedDocument doc, int index, Lexicon lexicon) {
        Attribution a = doc.attributions.get(index);
        if (a.mention.hasName() || !BodyDescriptions.topLine(doc, a.block) || doc.isRelated(a.block)) {
            return null;
        }
        List<String> words = Name.wordsWithTitles(a.mention.text());
        // "AP source says": one word before a singular noun says whose source it is, the one source the lede introduces.
        boolean plural = words.size() == 1 && plural(words.get(0));
        boolean agencys = words.size() == 2 && !plural(words.get(1));
        if (!(plural || agencys) || !lexicon.anonymous.contains(Name.lastWord(words))) {
            return null;
        }
        int block = a.block;
        int paragraphs = 0;
        for (int j = index + 1; j < doc.attributions.size() && j <= index + ResolutionWindows.RESOLUTION_STATEMENTS; j++) {
            Attribution o = doc.attributions.get(j);
            boolean headline = BodyDescriptions.topLine(doc, o.block);
            if (doc.isRelated(o.block) || headline && paragraphs > 0) {
                break;
            }
            if (!headline && o.block != block) {
                block = o.block;
                if (++paragraphs > ResolutionWindows.HEADLINE_LEDE_BLOCKS) {
                    break;
                }
            }
            if (!headline && !o.nested && o.mention != null && !o.mention.hasName() && o.mention.text().indexOf(' ') >= 0
                    && (Boolean.valueOf(plural).equals(group(Name.wordsWithTitles(o.mention.text()), lexicon))
                    || plural && countedGroup(Name.wordsWithTitles(o.mention.text()), lexicon))) {
                return o;
            }
        }
        return null;
    }

    /**
     * Whether an unnamed source's words name a whole group (true: "four people familiar with the matter") or one
     * person (false: "one of the sources", "a source close to him"); null for a partitive of several ("two of the
     * people") and for any speaker without a source's noun.
     */
    private static Boolean group(List<String> words, Lexicon lexicon) {
        String noun = null;
        for (String w : words) {
            if (lexicon.anonymous.contains(w)) {
                noun = w;
                break;
            }
        }
        if (noun == null) {
            return null;
        }
        if (words.size() > 2 && "of".equals(words.get(1))) {
            return "one".equals(words.get(0)) ? Boolean.FALSE : null;
        }
        return plural(noun);
    }

    /**
     * "three delegates", "two officials": a counted group of unnamed speakers, whom a deck's "sources say" stands for
     * as it does for "three people familiar with the talks".
     */
    private static boolean countedGroup(List<String> words, Lexicon lexicon) {
        return words.size() == 2 && FunctionWords.NUMBER_WORDS.contains(words.get(0)) && WordForms.pluralShape(words.get(1))
                && lexicon.isPersonNoun(WordForms.singular(words.get(1)));
    }

    private static boolean plural(String noun) {
        return "people".equals(noun) || noun.endsWith("s");
    }
}
