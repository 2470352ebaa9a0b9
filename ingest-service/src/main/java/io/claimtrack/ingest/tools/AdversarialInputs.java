package io.claimtrack.ingest.tools;

import io.claimtrack.ingest.extract.Extractor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Inputs that once made a stage quadratic: 1 MB of one cue, of a cue that looks like an adverb, of names,
 * of quotation marks (closed, unclosed, single, answers a pronoun speaks, single-quoted words on one line), of pronouns, of random Unicode, of text without punctuation, of lead-in lines (closed with a colon or a period), of dashed interviews, of transcript labels with a bracket, of headlines joining verbs with commas, of descriptions, of places beside pronouns, of HTML character references, of a plain Q&A, of related teasers after reading labels, of an explainer's questions. Each must take well under a second
 * on one core; the benchmark prints the CPU time of each.
 */
final class AdversarialInputs {

    static final int SIZE = 1 << 20;

    private AdversarialInputs() {
    }

    static Map<String, String> of(int size) {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("said said said ...", repeat("said ", size));
        inputs.put("reply reply ... (-ly)", repeat("reply ", size));
        inputs.put("He said. He said. ...", repeat("He said. ", size));
        inputs.put("names", repeat("John Smith Anna Holm ", size));
        inputs.put("quotations", repeat("\"Yes,\" he said. ", size));
        inputs.put("unclosed quotes", repeat("“Yes ", size));
        inputs.put("unclosed single quotes", repeat("‘Yes ", size));
        inputs.put("quoted answers", repeat("‘Yes, he said. ", size));
        inputs.put("single-quoted lines", repeat("‘Yes.’ ", size));
        inputs.put("pronouns", repeat("he she they it ", size));
        inputs.put("no punctuation", repeat("the minister spoke about the economy and said ", size));
        inputs.put("lead-in lines", repeat("The minister said:\n- taxes will fall\n", size));
        inputs.put("period lead-ins", repeat("The minister set out the following points.\n• taxes will fall\n", size));
        inputs.put("speaker colons", repeat("HOLM: Yes. ", size));
        inputs.put("title-case lines", repeat("Harbour Board Votes Again On Ferry Plan\n", size));
        inputs.put("age descriptions", repeat("Holm joined the club. The 26-year-old winger said it works. ", size));
        inputs.put("introduced bodies", repeat("Rents rose, according to the firm Rentwatch and the Vik Housing Registry. \"No,\" he said. ", size));
        inputs.put("aged appositions", repeat("Ilse Holm, 51, a nurse at the Vik clinic, which closed, said it works. ", size));
        inputs.put("descriptions", repeat("The spokeswoman said it works. ", size));
        inputs.put("titles, descriptions", repeat("Ola Holm said it works. Coach Per Berg spoke. The striker said it works. ", size));
        inputs.put("dashed interview", repeat("Anna Holm spoke.\n\n- Ms. Holm, is the pier shut?\n\n- It is shut until May, and the fund pays.\n\nThe ferries run.\n\n", size));
        inputs.put("bracket labels", repeat("Per Lind (Brennvik Post): Will the fees rise?\n\nTrine Holm: They stay. We said so.\n\n", size));
        inputs.put("headline commas", repeat("Harbour board raises fees, signals ferries may stop, says more\n", size));
        inputs.put("question turns", repeat("HOLM: The pier is shut. Why? Who shut it?\n\nMR. BERG: Mr. Holm.\n\n", size));
        // A place after "in" beside a speaker and a "he" asking whether that place could be him.
        inputs.put("places", repeat("Per Lund of Alder said it works. It was built in Alder. He said it works. ", size));
        // Singular listeners of "told" before the told clause's subject.
        inputs.put("told listeners", repeat("Holm told the council she said it, and the pier was safe. ", size));
        // A sentence opened by a title that is no statement, and a "he" after it asking who holds the title.
        inputs.put("opening titles", repeat("Prime Minister of Estmark Per Lund came. The Prime Minister thanked Holm. He said it works. ", size));
        // Appositions introduced by a possessive pronoun, and possessive descriptions asking whose role they are.
        inputs.put("possessive descriptions", repeat("Vik Holdings sued. Its lawyer, Ann Holm, spoke. Her lawyer, Eva Lund, spoke. Vik's lawyer said it works. ", size));
        // A medium after a cue's topic preposition, then "that".
        inputs.put("media before that", repeat("Holm wrote on her blog last week that the pier was safe. ", size));
        // A speaker and cue set off inside what was said, before and after the speaker, with an apposition.
        inputs.put("interrupting cues", repeat("The pier, Holm said, was safe. It was, says Lund, a pilot at the port, too old. ", size));
        // A place of speaking, modified in lower case, before a cue's "that".
        inputs.put("places before that", repeat("Holm declared on the convention floor on Monday that Lund said so. ", size));
        // Media before participles of saying in one unpunctuated run: each looks back for the verb that made it.
        inputs.put("media before participles", repeat("police received 911 calls saying Holm made statements affirming ", size));
        // A counterpart after a titled speaker, asking who holds that office for the counterpart's country.
        inputs.put("counterparts", repeat("Estmarkian Trade Minister Lars Vik said it works. His Norlandic counterpart said it works. ", size));
        // A counterpart named in apposition, given the office of the titled person before it.
        inputs.put("named counterparts", repeat("Norlandic Defence Minister Ola Dahl said it works. His Estmarkian counterpart, Per Moe, said it works. ", size));
        // A document named the sentence before, and a document description asking which it is.
        inputs.put("named documents", repeat("They signed the Tarnby Declaration on Ferry Links. The document says it works. ", size));
        // A statement's title naming its author, and the narration's "we" asking who that is.
        inputs.put("authored we", "Statement of the Ministry of Trade of Norland on the duties\n\n" + repeat("We expect it works. ", size));
        // A definition naming two parties, its term as speaker and a "they" after it.
        inputs.put("defined terms", repeat("Norland and Estmark, hereinafter referred to as the Parties, met. The Parties said it works. They said so. ", size));
        // A readout's own leader named in its lede, and every other leader's title and description asking whose it is.
        inputs.put("own leader", "Ola Dahl held talks with President of the Republic of Estmark Per Moe.\n\n" + repeat(
                "President of the Republic of Norland Lars Vik said it works. The President said it works. The Norlandic leader said so. ", size));
        // A deck's description under each headline, asking whose statements below hold its words.
        inputs.put("headline descriptions", repeat("Owner says fees will rise\n\nHolm said the fees will rise, and Lund said the fees are fine.\n\n", size));
        // A business's description with no name near, asking for the one business the document names.
        inputs.put("company descriptions", repeat("The company said the ferry runs on time and the pier stays open all year.\n\n", size));
        // A medium named before the speaker, and a document description asking whose medium it is.
        inputs.put("fronted statements", repeat("In a statement, the harbour board said it works. \"It works,\" the statement said. ", size));
        // Sentences glued at their periods, as on a page whose layout was stripped.
        inputs.put("glued sentences", repeat("The pier stays open, Holm said on Monday.He said the ferry runs.", size));
        // HTML character references read before the pipeline, and ampersands with no reference after them.
        inputs.put("character references", repeat("&quot;Yes,&quot; Holm&#8217;s aide said. R&D &amp;&&& ; ", size));
        // A plain Q&A under an edited-interview note: every answer a turn of the person interviewed.
        inputs.put("plain interview", "Ann Holm, the harbour master, spoke with reporter Per Lund. This interview has been "
                + "edited for length.\n\n" + repeat("Why did the pier close?\n\nIt was unsafe, and we said so.\n\n", size));
        // A page hard-wrapped at 66 columns, every line break inside a sentence read as a space.
        inputs.put("hard-wrapped lines", repeat("Mayor Ada Holm told the harbour board on Monday that the new pier\nwould stay open all year, and her deputy, Per Lund, said the\nferries would run on time.\n", size));
        // Other articles' teasers after reading labels between the paragraphs: each a related headline.
        inputs.put("related teasers", "Ferry service to resume\n\n" + repeat("The pier stays open, Holm said.\n\n"
                + "Related: Mayor Ada Holm says the ferry runs on time\n\n", size));
        // An explainer's questions and answers: no one is questioned, each question would ask again.
        inputs.put("explainer questions", "The levy, explained\n\n" + repeat("Q: When do I vote?\n\n"
                + "A: Ballots are due on May 3, the board says.\n\n", size));
        inputs.put("random Unicode", randomUnicode(size));
        return inputs;
    }

    /** Runs each input once at a tenth of the size to compile the hot paths, then prints the full-size times. */
    static void run(Extractor extractor) {
        for (String text : of(SIZE / 10).values()) {
            extractor.extract(text, null);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (Map.Entry<String, String> input : of(SIZE).entrySet()) {
            long cpu = threads.getCurrentThreadCpuTime();
            int statements = extractor.extract(input.getValue(), null).attributions.size();
            System.out.printf("adversarial %-22s %,9d chars %7.0f ms CPU %,7d statements%n", input.getKey(),
                    input.getValue().length(), (threads.getCurrentThreadCpuTime() - cpu) / 1e6, statements);
        }
    }

    private static String repeat(String unit, int size) {
        return unit.repeat(size / unit.length() + 1).substring(0, size);
    }

    private static String randomUnicode(int size) {
        Random random = new Random(42);
        StringBuilder sb = new StringBuilder(size + 1);
        while (sb.length() < size) {
            int cp = random.nextInt(0x3000);
            if (Character.isDefined(cp) && !Character.isSurrogate((char) cp)) {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }
}
