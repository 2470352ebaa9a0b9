package io.claimtrack.ingest.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A dissent printed under its own heading in a body's report ("Dissenting opinion of the members of the X Party",
 * "Minority report"), up to the next heading: its "In our view, C" is a statement, and its "we" and "our" are the
 * signers its first statement names ("The X members of the Committee, Mr. A and Ms. B, support ..."), not the body
 * whose report it is. The stage runs after {@link AuthorVoiceStage}; {@link #resolve} is part of
 * {@link ResolutionStage}.
 */
final class DissentVoice implements Stage {

    /** A heading that opens a dissent: "Dissenting opinion of ...", "Statement of dissent", "Minority report". */
    private static final Pattern HEADING = Pattern.compile("(?i)\\b(?:dissent\\w*|minority (?:report|opinion|view)s?)\\b");

    @Override
    public void process(AnnotatedDocument doc) {
        int[] section = sections(doc);
        AttributionContext ctx = null;
        for (Sentence s : doc.sentences) {
            if (section[s.block()] >= 0) {
                ctx = ctx == null ? AttributionContext.of(doc) : ctx;
                AuthorVoiceStage.addOwnView(ctx, s, "our");
            }
        }
        if (ctx != null) {
            ctx.sortByContent();
        }
    }

    /** Gives each unresolved "we" or "our" of a dissent, outside quotation, the speaker its section names first. */
    static void resolve(AnnotatedDocument doc) {
        int[] section = sections(doc);
        Attribution[] signers = new Attribution[section.length];
        for (Attribution a : doc.attributions) {
            int head = section[a.block];
            if (head >= 0 && a.mention != null && a.mention.kind() != SpeakerKind.PRONOUN
                    && (signers[head] == null || a.mention.start() < signers[head].mention.start())) {
                signers[head] = a;
            }
        }
        for (Attribution a : doc.attributions) {
            int head = section[a.block];
            Attribution named = head >= 0 ? signers[head] : null;
            if (named != null && a.mention != null && a.mention.start() > named.mention.start()
                    && "we".equals(FunctionWords.subjectPronoun(a.mention.text().toLowerCase(Locale.ROOT)))
                    && a.mention.text().equalsIgnoreCase(a.speaker) && doc.quoteAt(a.mention.start()) == null) {
                a.speaker = named.speaker;
                a.role = named.role;
                a.kind = named.kind;
            }
        }
    }

    /** For each block, the index of the dissent heading it stands under, or -1 outside a dissent. */
    private static int[] sections(AnnotatedDocument doc) {
        int[] section = new int[doc.blocks.size()];
        int head = -1;
        for (int b = 0; b < section.length; b++) {
            if (doc.block(b).kind() == Block.Kind.HEADLINE) {
                head = HEADING.matcher(doc.blockText(b)).find() ? b : -1;
                section[b] = -1;
            } else {
                section[b] = head;
            }
        }
        return section;
    }
}
