package io.claimtrack.ingest.tools;

import io.claimtrack.ingest.extract.Extractor;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Inputs that once made a stage quadratic: 1 MB of one cue, of a cue that looks like an adverb, of names,
 * of quotation marks (closed, unclosed, single, answers a pronoun speaks, single-quoted words on one line), of pronouns, of random Unicode, of text without punctuation, of lead-in lines (closed with a colon or a period), of dashed interviews, of transcript labels with a bracket, of headlines joining verbs with commas, of descriptions, of places beside pronouns, of HTML character references, of a plain Q&A, of related teasers after reading labels, of an explainer's questions, of cued items under one lead-in, of a title of comma-joined places, of long titles, of "Q:" and "A:" turns, of a paragraph of speaking pronouns, of turns opened by an address, of titled people and a stranger's title, of "can" cues, of a chair's procedure clauses and of nouns of saying in one sentence, of many press services' acronyms, of decks over the bodies below, of public bodies' decks over stories that quote no one for them and of names given after a description. Each must take well under a second
 * on one core; the benchmark runs each in a JVM of its own and prints its CPU time, the kernel's share apart, and
 * the time of a third run in the same JVM, once compiled.
 */
public final class AdversarialInputs {

    static final int SIZE = 1 << 20;

    private AdversarialInputs() {
    }

    /** Each input by name, made at a given size. */
    static Map<String, IntFunction<String>> inputs() {
        Map<String, IntFunction<String>> inputs = new LinkedHashMap<>();
        inputs.put("said said said ...", size -> repeat("said ", size));
        inputs.put("reply reply ... (-ly)", size -> repeat("reply ", size));
        inputs.put("He said. He said. ...", size -> repeat("He said. ", size));
        inputs.put("names", size -> repeat("John Smith Anna Holm ", size));
        inputs.put("quotations", size -> repeat("\"Yes,\" he said. ", size));
        inputs.put("unclosed quotes", size -> repeat("“Yes ", size));
        inputs.put("unclosed single quotes", size -> repeat("‘Yes ", size));
        inputs.put("quoted answers", size -> repeat("‘Yes, he said. ", size));
        inputs.put("single-quoted lines", size -> repeat("‘Yes.’ ", size));
        inputs.put("pronouns", size -> repeat("he she they it ", size));
        inputs.put("no punctuation", size -> repeat("the minister spoke about the economy and said ", size));
        // Nouns of saying in one unpunctuated sentence, each one's content read to its clause's end.
        inputs.put("possessive nouns", size -> repeat("the minister's claim that the pier was shut and ", size));
        inputs.put("nouns by agents", size -> repeat("the warning by the union that costs would grow and ", size));
        inputs.put("lead-in lines", size -> repeat("The minister said:\n- taxes will fall\n", size));
        inputs.put("period lead-ins", size -> repeat("The minister set out the following points.\n• taxes will fall\n", size));
        inputs.put("speaker colons", size -> repeat("HOLM: Yes. ", size));
        inputs.put("title-case lines", size -> repeat("Harbour Board Votes Again On Ferry Plan\n", size));
        inputs.put("age descriptions", size -> repeat("Holm joined the club. The 26-year-old winger said it works. ", size));
        inputs.put("introduced bodies", size -> repeat("Rents rose, according to the firm Rentwatch and the Vik Housing Registry. \"No,\" he said. ", size));
        inputs.put("aged appositions", size -> repeat("Ilse Holm, 51, a nurse at the Vik clinic, which closed, said it works. ", size));
        inputs.put("descriptions", size -> repeat("The spokeswoman said it works. ", size));
        inputs.put("titles, descriptions", size -> repeat("Ola Holm said it works. Coach Per Berg spoke. The striker said it works. ", size));
        inputs.put("dashed interview", size -> repeat("Anna Holm spoke.\n\n- Ms. Holm, is the pier shut?\n\n- It is shut until May, and the fund pays.\n\nThe ferries run.\n\n", size));
        inputs.put("bracket labels", size -> repeat("Per Lind (Brennvik Post): Will the fees rise?\n\nTrine Holm: They stay. We said so.\n\n", size));
        inputs.put("headline commas", size -> repeat("Harbour board raises fees, signals ferries may stop, says more\n", size));
        inputs.put("question turns", size -> repeat("HOLM: The pier is shut. Why? Who shut it?\n\nMR. BERG: Mr. Holm.\n\n", size));
        // A place after "in" beside a speaker and a "he" asking whether that place could be him.
        inputs.put("places", size -> repeat("Per Lund of Alder said it works. It was built in Alder. He said it works. ", size));
        // Singular listeners of "told" before the told clause's subject.
        inputs.put("told listeners", size -> repeat("Holm told the council she said it, and the pier was safe. ", size));
        // A sentence opened by a title that is no statement, and a "he" after it asking who holds the title.
        inputs.put("opening titles", size -> repeat("Prime Minister of Estmark Per Lund came. The Prime Minister thanked Holm. He said it works. ", size));
        // Appositions introduced by a possessive pronoun, and possessive descriptions asking whose role they are.
        inputs.put("possessive descriptions", size -> repeat("Vik Holdings sued. Its lawyer, Ann Holm, spoke. Her lawyer, Eva Lund, spoke. Vik's lawyer said it works. ", size));
        // A medium after a cue's topic preposition, then "that".
        inputs.put("media before that", size -> repeat("Holm wrote on her blog last week that the pier was safe. ", size));
        // A speaker and cue set off inside what was said, before and after the speaker, with an apposition.
        inputs.put("interrupting cues", size -> repeat("The pier, Holm said, was safe. It was, says Lund, a pilot at the port, too old. ", size));
        // A place of speaking, modified in lower case, before a cue's "that".
        inputs.put("places before that", size -> repeat("Holm declared on the convention floor on Monday that Lund said so. ", size));
        // Media before participles of saying in one unpunctuated run: each looks back for the verb that made it.
        inputs.put("media before participles", size -> repeat("police received 911 calls saying Holm made statements affirming ", size));
        // A counterpart after a titled speaker, asking who holds that office for the counterpart's country.
        inputs.put("counterparts", size -> repeat("Estmarkian Trade Minister Lars Vik said it works. His Norlandic counterpart said it works. ", size));
        // A counterpart named in apposition, given the office of the titled person before it.
        inputs.put("named counterparts", size -> repeat("Norlandic Defence Minister Ola Dahl said it works. His Estmarkian counterpart, Per Moe, said it works. ", size));
        // A document named the sentence before, and a document description asking which it is.
        inputs.put("named documents", size -> repeat("They signed the Tarnby Declaration on Ferry Links. The document says it works. ", size));
        // A statement's title naming its author, and the narration's "we" asking who that is.
        inputs.put("authored we", size -> "Statement of the Ministry of Trade of Norland on the duties\n\n" + repeat("We expect it works. ", size));
        // A definition naming two parties, its term as speaker and a "they" after it.
        inputs.put("defined terms", size -> repeat("Norland and Estmark, hereinafter referred to as the Parties, met. The Parties said it works. They said so. ", size));
        // A readout's own leader named in its lede, and every other leader's title and description asking whose it is.
        inputs.put("own leader", size -> "Ola Dahl held talks with President of the Republic of Estmark Per Moe.\n\n" + repeat(
                "President of the Republic of Norland Lars Vik said it works. The President said it works. The Norlandic leader said so. ", size));
        // Two holders of one title among names that hold none, and a capitalised title asking which holder was named last.
        inputs.put("title holders", size -> repeat("Minister of Trade Lars Vik and Minister of Transport Per Moe met Ola Dahl, Eva Holm, "
                + "Ivo Berg, Kari Lund and Tor Nes. The Minister said it works. ", size));
        // A meeting of two people in the lede, then the sides, the leaders and two offices joined, asking who they are.
        inputs.put("joint sides", size -> "Ola Dahl held talks with Per Moe.\n\n" + repeat(
                "The sides said it works. Both leaders said so. The President and the Prime Minister said it works. ", size));
        // A deck's description under each headline, asking whose statements below hold its words.
        inputs.put("headline descriptions", size -> repeat("Owner says fees will rise\n\nHolm said the fees will rise, and Lund said the fees are fine.\n\n", size));
        // A business's description with no name near, asking for the one business the document names.
        inputs.put("company descriptions", size -> repeat("The company said the ferry runs on time and the pier stays open all year.\n\n", size));
        // A medium named before the speaker, and a document description asking whose medium it is.
        inputs.put("fronted statements", size -> repeat("In a statement, the harbour board said it works. \"It works,\" the statement said. ", size));
        // Sentences glued at their periods, as on a page whose layout was stripped.
        inputs.put("glued sentences", size -> repeat("The pier stays open, Holm said on Monday.He said the ferry runs.", size));
        // HTML character references read before the pipeline, and ampersands with no reference after them.
        inputs.put("character references", size -> repeat("&quot;Yes,&quot; Holm&#8217;s aide said. R&D &amp;&&& ; ", size));
        // A plain Q&A under an edited-interview note: every answer a turn of the person interviewed.
        inputs.put("plain interview", size -> "Ann Holm, the harbour master, spoke with reporter Per Lund. This interview has been "
                + "edited for length.\n\n" + repeat("Why did the pier close?\n\nIt was unsafe, and we said so.\n\n", size));
        // A page hard-wrapped at 66 columns, every line break inside a sentence read as a space.
        inputs.put("hard-wrapped lines", size -> repeat("Mayor Ada Holm told the harbour board on Monday that the new pier\nwould stay open all year, and her deputy, Per Lund, said the\nferries would run on time.\n", size));
        // Other articles' teasers after reading labels between the paragraphs: each a related headline.
        inputs.put("related teasers", size -> "Ferry service to resume\n\n" + repeat("The pier stays open, Holm said.\n\n"
                + "Related: Mayor Ada Holm says the ferry runs on time\n\n", size));
        // An explainer's questions and answers: no one is questioned, each question would ask again.
        inputs.put("explainer questions", size -> "The levy, explained\n\n" + repeat("Q: When do I vote?\n\n"
                + "A: Ballots are due on May 3, the board says.\n\n", size));
        // Items under one lead-in, each with a cue of its own: each item's own statement was once taken out of the
        // document's list in a pass of its own (43 s).
        inputs.put("cued items under a lead-in", size -> "The minister said:\n" + repeat("- taxes will fall, he said\n", size));
        // One title of places joined by commas, never closed.
        inputs.put("comma title", size -> "Minister of " + repeat("Alder Affairs, Birch, ", size));
        // Long titles before each speaker's name.
        inputs.put("long titles", size -> repeat("Minister of Trade, Industry, Fisheries and Ports Per Lund said it works. ", size));
        // "Q:" and "A:" turns with no one named.
        inputs.put("Q: and A: turns", size -> repeat("Q: Is the pier shut?\nA: It is shut until May.\n", size));
        // Turns opened by a first name and a comma, each asking whether that name is the surname of someone named in full.
        inputs.put("addressed turns", size -> repeat("Ola Holm spoke.\n\nHOLM: Anna, the pier is shut.\n\n", size));
        // Titled people and a description of another title, asking who holds it among everyone titled before.
        inputs.put("titled strangers", size -> repeat("Mayor Ola Dahl came. The senator said it works. ", size));
        // One paragraph of pronouns speaking, each asking for an antecedent the text never gives.
        inputs.put("pronoun paragraph", size -> repeat("He said it works. She said it fails. They said so. ", size));
        // One unpunctuated sentence of "can" and a cue, each asking whether its clause names a contact.
        inputs.put("can cues", size -> repeat("residents can say it works and ", size));
        // A chair's one sentence of procedure clauses joined by ", and", each read as the sitting's procedure.
        inputs.put("procedure clauses", size -> "HOLM: The pier is shut.\n\nCHAIR: " + repeat("we are joined by the minister, and ", size));
        // A bare office label at every turn: each once read the whole text for a presiding line ("Before: ...").
        inputs.put("office labels", size -> repeat("THE CHAIR: Thank you. We will hear the next witness.\n\n", size));
        inputs.put("premises to you", size -> repeat("Q: Minister, you said in May that the pier was safe. Is it?\n\nHOLM: It is.\n\n", size));
        // Labelled sentences in one paragraph: only a paragraph's first sentence is read as a label (or a decider's line).
        inputs.put("colons in a paragraph", size -> repeat("Note: the pier is shut. ", size));
        inputs.put("panels", size -> "Decision\n\n" + repeat("The panel said it works. ", size));
        inputs.put("sworn answers", size -> "MS. ADA HOLM, sworn.\n\n" + repeat("Q. Is the pier shut?\n\nA. Yes. It is shut.\n\n", size));
        inputs.put("headed letters", size -> repeat("Letter from Ada Holm to the Mayor\n\nDear Mayor,\n\nThe pier is shut.\n\n"
                + "Yours sincerely,\n\nAda Holm\n\n", size));
        // A team's nickname-less name, then "the team" asking which club it describes.
        inputs.put("team descriptions", size -> repeat("The Bayside Marlins won again. The team said it was happy. ", size));
        // A deck's plural noun over its story's pair of parents: each deck asks every statement below for the noun's body.
        inputs.put("deck nouns", size -> repeat("Parents say fees will rise\n\nThe parents of the boy, Janelle and Curtis Lind, said the fees will rise.\n\n", size));
        // A public body's deck over a story quoting no one for it: each deck read every statement below for its voice.
        inputs.put("public body decks", size -> repeat("City says fees will rise\n\nHolm says the fees are fine, and Lund told the board "
                + "the pier is shut.\n\n", size));
        // A page of decks each opening with a word of its own: each deck searched the text for its noun's owner, and
        // every statement below it for a body or a titled person of that noun.
        inputs.put("decks of a noun each", AdversarialInputs::decksOfANounEach);
        // A name set off after "the boy" in every paragraph, each naming asking which statements around it were his.
        inputs.put("names after the boy", size -> repeat("The parents of the boy, Janelle and Curtis Lind, said the fees will rise.\n\n", size));
        // A press service named by a new acronym each time, asking which name's initials spell it.
        inputs.put("press service acronyms", AdversarialInputs::pressServiceAcronyms);
        inputs.put("random Unicode", size -> randomUnicode(size));
        return inputs;
    }

    /**
     * Runs each input in a JVM of its own: inside one long JVM the late inputs pay for the heap and compiled code the
     * earlier ones left (an input at 0.6 s alone took 1.4 s there), so that figure measured the order, not the input.
     */
    static void runEachInFreshJvm() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = classPath();
        System.out.println("adversarial inputs, each in a JVM of its own after two untimed runs at 100 KB: \"first\" is the"
                + " CPU time of the first 1 MB run (the figure issue 9's 1 s is set on), the kernel's share apart, and how long"
                + " the JIT compiled meanwhile; \"warmed\" the third 1 MB run's");
        for (String name : inputs().keySet()) {
            // The heap and collector deploy/ gives the service; a default heap of a quarter of the machine's memory
            // would add the kernel's time zeroing pages that a running service committed long ago.
            Process child = new ProcessBuilder(java, "-Xmx300m", "-XX:+UseParallelGC", "-cp", classPath,
                    AdversarialInputs.class.getName(), name).inheritIO().start();
            if (child.waitFor() != 0) {
                throw new IllegalStateException("adversarial input '" + name + "' failed: exit " + child.exitValue());
            }
        }
    }

    /**
     * One input, named in {@code args[0]}: run twice at a tenth of its size to compile its hot paths, then timed at
     * full size. The kernel's share (mostly zeroing the pages a growing heap commits) is printed apart from the
     * extractor's own user time. The first full-size run is the figure the target is set on; the warmed figure beside it
     * (the third full-size run) is the extractor's own work once compiled, which the first hides on a loaded machine,
     * where the JIT compiler threads get little of a core while the timed run goes on.
     */
    public static void main(String[] args) {
        IntFunction<String> input = inputs().get(args[0]);
        if (input == null) {
            throw new IllegalArgumentException("no adversarial input named '" + args[0] + "'");
        }
        Extractor extractor = new Extractor();
        String warmUp = input.apply(SIZE / 10);
        extractor.extract(warmUp, null);
        extractor.extract(warmUp, null);
        String text = input.apply(SIZE);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long user = threads.getCurrentThreadUserTime();
        long jit = Passes.jitMillis();
        int statements = extractor.extract(text, null).attributions.size();
        cpu = threads.getCurrentThreadCpuTime() - cpu;
        // User time is counted in clock ticks, so it can pass the nanosecond total by a tick.
        user = Math.min(cpu, threads.getCurrentThreadUserTime() - user);
        jit = Passes.jitMillis() - jit;
        long warmed = warmedCpu(extractor, text, threads);
        System.out.printf("adversarial %-24s %,9d chars first %5.0f ms CPU (user %5.0f, kernel %4.0f; JIT %,6d ms) %,7d"
                + " statements, warmed %5.0f ms%s%n", args[0], text.length(), cpu / 1e6, user / 1e6, (cpu - user) / 1e6, jit,
                statements, warmed / 1e6,
                cpu > 1_000_000_000L ? "  OVER 1 s" : "");
    }

    /** The CPU time of the third full-size run, after a second one untimed. */
    private static long warmedCpu(Extractor extractor, String text, ThreadMXBean threads) {
        extractor.extract(text, null);
        long cpu = threads.getCurrentThreadCpuTime();
        extractor.extract(text, null);
        return threads.getCurrentThreadCpuTime() - cpu;
    }

    /** The class path this JVM runs on; under exec:java that is the project's class loader's, not java.class.path. */
    private static String classPath() {
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
            StringBuilder sb = new StringBuilder();
            for (URL url : loader.getURLs()) {
                try {
                    sb.append(sb.isEmpty() ? "" : File.pathSeparator).append(Path.of(url.toURI()));
                } catch (URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
            if (!sb.isEmpty()) {
                return sb.toString();
            }
        }
        return System.getProperty("java.class.path");
    }

    private static String repeat(String unit, int size) {
        return unit.repeat(size / unit.length() + 1).substring(0, size);
    }

    private static String pressServiceAcronyms(int size) {
        StringBuilder sb = new StringBuilder(size + 64);
        for (int i = 0; sb.length() < size; i++) {
            String acronym = "" + (char) ('A' + i / 676 % 26) + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26);
            sb.append("The ").append(acronym).append(" press service said it works. Ola Holm came. ");
        }
        return sb.substring(0, size);
    }

    private static String decksOfANounEach(int size) {
        StringBuilder sb = new StringBuilder(size + 64);
        for (int i = 0; sb.length() < size; i++) {
            String noun = "V" + (char) ('a' + i / 676 % 26) + (char) ('a' + i / 26 % 26) + (char) ('a' + i % 26) + "en";
            sb.append(noun).append(" says fees will rise\n\nHolm said the pier is shut.\n\n");
        }
        return sb.substring(0, size);
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
