package io.claimtrack.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Runs the extractor's stages in production order up to a given one, so each stage can be tested alone. */
final class Pipeline {

    private Pipeline() {
    }

    /** The document after every stage up to and including {@code last}. */
    static AnnotatedDocument through(Class<? extends Stage> last, String text, LocalDate published) {
        AnnotatedDocument doc = new AnnotatedDocument(text, published);
        for (Stage stage : Extractor.stages(Lexicon.get())) {
            stage.process(doc);
            if (last.isInstance(stage)) {
                return doc;
            }
        }
        throw new IllegalArgumentException("not a pipeline stage: " + last);
    }

    static AnnotatedDocument through(Class<? extends Stage> last, String text) {
        return through(last, text, null);
    }

    /** The whole extractor's result for an invented story. */
    static AnnotatedDocument extract(String text) {
        return new Extractor().extract(text, null);
    }

    /** Checks the resolved speaker of the statement whose content is exactly {@code content}. */
    static void assertSpeaker(AnnotatedDocument doc, String content, String speaker) {
        assertEquals(speaker, statement(doc, content).speaker, "speaker of [" + content + "]");
    }

    /** Checks that the story gives exactly one statement, {@code content}, resolved to {@code speaker}. */
    static void assertOnlyStatement(String text, String content, String speaker) {
        AnnotatedDocument doc = extract(text);
        assertEquals(List.of(content), contents(doc));
        assertSpeaker(doc, content, speaker);
    }

    /** The cue words the cue stage finds, as written. */
    static List<String> cues(String text) {
        List<String> out = new ArrayList<>();
        for (Cue c : through(CueStage.class, text).cues) {
            out.add(c.text());
        }
        return out;
    }

    /** The document after every attribution pattern, before resolution. */
    static AnnotatedDocument attribute(String text) {
        return through(FollowOnQuoteStage.class, text);
    }

    /** Checks "mention | content | cue | type" of every statement the attribution patterns find. */
    static void assertMentions(String text, String... expected) {
        assertEquals(List.of(expected), mentions(attribute(text)));
    }

    /** What was said: the span's text, less a speaker and cue that interrupt it. */
    static String content(AnnotatedDocument doc, Attribution a) {
        return a.content(doc.text);
    }

    /** The attribution whose content is exactly {@code content}, checking that its span points at that text. */
    static Attribution statement(AnnotatedDocument doc, String content) {
        for (Attribution a : doc.attributions) {
            if (content(doc, a).equals(content)) {
                if (a.gapStart < 0) {
                    assertEquals(doc.text.indexOf(content), a.contentStart, "span start of " + content);
                    assertEquals(a.contentStart + content.length(), a.contentEnd, "span end of " + content);
                }
                return a;
            }
        }
        return fail("no statement with content [" + content + "] in " + contents(doc));
    }

    /** The resolved speaker of the statement whose content starts with {@code contentStart}. */
    static String speakerOf(AnnotatedDocument doc, String contentStart) {
        for (Attribution a : doc.attributions) {
            if (a.content(doc.text).startsWith(contentStart)) {
                return a.speaker;
            }
        }
        return fail("no statement starting [" + contentStart + "]");
    }

    static List<String> contents(AnnotatedDocument doc) {
        List<String> out = new ArrayList<>();
        for (Attribution a : doc.attributions) {
            out.add(content(doc, a));
        }
        return out;
    }

    /** "mention | content | cue | type" per attribution, the mention as the text names the speaker. */
    static List<String> mentions(AnnotatedDocument doc) {
        List<String> out = new ArrayList<>();
        for (Attribution a : doc.attributions) {
            Mention m = a.mention != null ? a.mention : a.antecedent.mention;
            out.add(m.text() + " | " + content(doc, a) + " | " + a.cue + " | " + a.type.apiName());
        }
        return out;
    }

    /** "speaker | content | cue | type" per attribution, the speaker as resolution canonicalised it. */
    static List<String> statements(AnnotatedDocument doc) {
        List<String> out = new ArrayList<>();
        for (Attribution a : doc.attributions) {
            out.add(a.speaker + " | " + content(doc, a) + " | " + a.cue + " | " + a.type.apiName());
        }
        return out;
    }

    /** Texts of all blocks of the given kind, in order. */
    static List<String> blocks(AnnotatedDocument doc, Block.Kind kind) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < doc.blocks.size(); i++) {
            if (doc.block(i).kind() == kind) {
                out.add(doc.blockText(i));
            }
        }
        return out;
    }
}
