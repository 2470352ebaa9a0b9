package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "The mayor has been posting updates in her Telegram channel." and below it posts, each a quotation under its own time
 * stamp ("Posted at 23:05 on Sunday:", "08:15"): every post is the channel owner's, whoever spoke in the paragraphs
 * between (issue 9 and 10). The owner is the first person or body named in the sentence that gives the channel as
 * someone's ("her channel", "the ministry's feed"), else that sentence's opening description ("The governor"). A time
 * stamp with no channel named before it (a live blog of many voices) is left to the other rules. Runs before
 * {@link FollowOnQuoteStage}, which would give a post to the last speaker above it.
 */
public final class ChannelPostStage implements Stage {

    /** A line that is only a time of posting: "08:15", "Posted at 21:40", "Posted at 22:40 on Tuesday:", "9.05 pm". */
    private static final Pattern TIME_STAMP = Pattern.compile("(?:(?:Posted|Published|Updated|Written)(?: at)? )?"
            + "\\d{1,2}[:.]\\d{2}(?: ?(?:a\\.?m\\.?|p\\.?m\\.?))?(?:,? (?:on )?\\p{Lu}\\p{Ll}+(?: \\d{1,2})?)?:?");
    /** Nouns of a channel someone posts in. */
    private static final Set<String> CHANNELS = WordSet.of("channel", "account", "feed", "page", "blog");

    @Override
    public void process(AnnotatedDocument doc) {
        AttributionContext ctx = AttributionContext.of(doc);
        int channel = -1;
        for (Quote q : doc.quotes) {
            int first = ctx.tokenAtOrAfter(q.start());
            if (first >= ctx.tokens.size() || ctx.covered(q.start(), q.end())) {
                continue;
            }
            int block = ctx.sentenceOfToken(first).block();
            if (block == 0 || doc.block(block).start() != q.start()
                    || !TIME_STAMP.matcher(doc.blockText(block - 1).strip()).matches()) {
                continue;
            }
            // The channel is named once, above the first post; later posts share it.
            channel = channel >= 0 ? channel : channelSentence(ctx, q.start());
            Mention owner = channel < 0 ? null : owner(ctx, doc.sentences.get(channel));
            if (owner == null) {
                continue;
            }
            Attribution a = new Attribution(Attribution.Source.FOLLOW_ON, owner, "", q.start(), q.end(), block, 0.7);
            a.type = StatementType.DIRECT;
            ctx.add(a);
        }
        ctx.sortByContent();
    }

    /** The index of the last sentence before {@code offset} that gives a channel as someone's; -1 if none. */
    private static int channelSentence(AttributionContext ctx, int offset) {
        List<Token> tokens = ctx.tokens;
        for (int i = ctx.doc.sentenceAtOrAfter(offset) - 1; i >= 0; i--) {
            Sentence s = ctx.doc.sentences.get(i);
            for (int k = s.firstToken() + 1; k < s.endToken(); k++) {
                if (CHANNELS.contains(tokens.get(k).lower()) && possessed(tokens, k, s.firstToken())) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** "her Telegram channel", "the ministry's page": a possessive a word or two before the channel noun. */
    private static boolean possessed(List<Token> tokens, int noun, int first) {
        for (int k = noun - 1; k >= first && noun - k <= ResolutionWindows.CHANNEL_MODIFIER_TOKENS + 1; k--) {
            String w = tokens.get(k).lower();
            if (FunctionWords.POSSESSIVES.contains(w) || Mentions.possessiveStem(w).length() < w.length()) {
                return true;
            }
        }
        return false;
    }

    /** The first person or body named in {@code s}, else the description that opens it; null if neither. */
    private static Mention owner(AttributionContext ctx, Sentence s) {
        int j = Name.lastBefore(ctx.doc.names, s.start()) + 1;
        if (j < ctx.doc.names.size() && ctx.doc.names.get(j).offset() < s.end()) {
            Name n = ctx.doc.names.get(j);
            if (n.kind() == SpeakerKind.PERSON || n.kind() == SpeakerKind.ORGANIZATION) {
                return new Mention(n.offset(), n.offset() + n.text().length(), n.text(), n.role(), n.text(), n.kind());
            }
        }
        int end = ctx.mentions.scanRight(s.firstToken(), s.endToken());
        Mention m = end > s.firstToken() ? ctx.mentions.build(s.firstToken(), end) : null;
        return m == null || m.isPronoun() ? null : m;
    }
}
