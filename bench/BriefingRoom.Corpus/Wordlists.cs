namespace BriefingRoom.Corpus;

/// <summary>The hand-written part of the vocabulary: everyday policy words, recurring phrases and sentence glue, in Zipf rank order.</summary>
internal static class Wordlists
{
    /// <summary>Topical terms, most common first: a query for the first few hits most transcripts, for the last few only a handful.</summary>
    public static readonly string[] Topical =
    [
        "economy", "security", "jobs", "energy", "trade", "health care", "infrastructure", "sanctions", "inflation",
        "budget", "allies", "climate", "immigration", "border", "tariffs", "ceasefire", "vaccines", "taxes",
        "manufacturing", "supply chains", "cybersecurity", "wages", "housing", "education", "veterans", "exports",
        "pipeline", "refugees", "drought", "wildfires", "hurricane", "broadband", "semiconductors", "fentanyl",
        "deficit", "pensions", "oil prices", "natural gas", "shipping", "ports", "railways", "airlines", "farmers",
        "fisheries", "nuclear talks", "missile defense", "peacekeeping", "humanitarian aid", "food security",
        "water rights", "pandemic", "hospitals", "insurance", "prescription drugs", "student loans", "small business",
        "minimum wage", "unemployment", "recession", "interest rates", "currency", "debt ceiling", "appropriations",
        "shutdown", "election security", "voting rights", "census", "disaster relief", "flooding", "earthquake",
        "reconstruction", "satellites", "space launch", "arctic", "critical minerals", "batteries", "electric vehicles",
        "solar", "wind power", "coal", "emissions", "methane", "forests", "oceans", "coral reefs", "endangered species",
        "public lands", "national parks", "tribal nations", "rural hospitals", "opioids", "mental health", "childcare",
        "paid leave", "apprenticeships", "community colleges", "research funding", "artificial intelligence",
        "quantum computing", "spectrum", "export controls", "investment screening", "antitrust", "privacy",
        "data brokers", "ransomware", "election interference", "disinformation", "counterterrorism", "extradition",
        "hostages", "detainees", "visas", "asylum", "trafficking", "smuggling", "coast guard", "shipyards",
        "munitions", "readiness", "recruiting", "base closures", "arms control", "inspections", "enrichment",
        "warheads", "landmines", "demining", "cluster munitions", "grain exports", "fertilizer", "locusts", "famine",
        "cholera", "measles", "polio", "malaria", "bird flu", "biosecurity", "stockpiles", "ventilators", "testing",
        "contact tracing", "quarantine", "remittances", "microloans", "debt relief", "bond markets", "stablecoins",
        "pension funds", "mortgage rates", "eviction", "homelessness", "lead pipes", "clean water", "wastewater",
        "levees", "dams", "bridges", "tunnels", "high-speed rail", "transit", "trucking", "aviation safety",
        "air traffic control", "drones", "hypersonics", "submarines", "icebreakers", "lighthouses", "weather satellites",
    ];

    /// <summary>Multi-word phrases that recur across the archive, so phrase queries have hits to find.</summary>
    public static readonly string[] Phrases =
    [
        "strategic stability", "supply chain resilience", "national security interests", "economic pressure",
        "diplomatic channels", "the international community", "our transatlantic partners", "clean energy transition",
        "working families", "the middle class", "a rules-based order", "freedom of navigation", "maximum flexibility",
        "regional stability", "confidence-building measures", "de-escalation", "a negotiated settlement",
        "the path forward", "people-to-people ties", "shared prosperity", "a level playing field", "critical infrastructure",
        "the ground truth", "on the margins of the summit", "a whole-of-government approach", "burden sharing",
        "deterrence by denial", "the humanitarian situation", "lines of communication", "a pathway to citizenship",
        "the bottom line", "costs for families", "good-paying jobs", "pandemic preparedness", "energy independence",
        "fiscal responsibility", "the rule of law", "territorial integrity", "maximum pressure", "shared values",
        "the open door", "mutual defense commitments", "a durable peace", "economic statecraft", "early warning",
        "last-mile delivery", "price stability", "market access", "a verification regime", "the readout of the call",
    ];

    /// <summary>Everyday nouns between the invented ones.</summary>
    public static readonly string[] Nouns =
    [
        "question", "process", "partners", "week", "team", "conversation", "issue", "plan", "approach", "region",
        "country", "government", "meeting", "agreement", "proposal", "decision", "step", "priority", "concern",
        "progress", "effort", "framework", "timeline", "package", "relationship", "commitment", "challenge", "risk",
        "program", "policy", "review", "report", "assessment", "request", "response", "resources", "funding",
        "support", "leaders", "officials", "delegation", "talks", "summit", "visit", "statement", "announcement",
        "measures", "options", "steps", "details", "numbers", "figures", "data", "picture", "situation", "ground",
        "morning", "afternoon", "month", "year", "president", "secretary", "congress", "committee", "legislation",
        "bill", "vote", "coalition", "alliance", "neighbors", "communities", "workers", "companies", "markets",
        "investors", "consumers", "families", "students", "patients", "doctors", "teachers", "soldiers", "diplomats",
        "negotiators", "experts", "agencies", "departments", "states", "cities", "counties", "governors", "mayors",
    ];

    /// <summary>Everyday verbs in base form.</summary>
    public static readonly string[] Verbs =
    [
        "support", "discuss", "review", "address", "raise", "announce", "finalize", "pursue", "expand", "strengthen",
        "protect", "reduce", "increase", "deliver", "coordinate", "consult", "monitor", "assess", "build", "secure",
        "restore", "maintain", "advance", "implement", "launch", "extend", "sustain", "prioritize", "confront",
        "deter", "respond to", "work through", "follow up on", "look at", "push back on", "focus on", "invest in",
        "engage on", "lay out", "walk through",
    ];

    public static readonly string[] Subjects =
    [
        "We", "The President", "The administration", "Our team", "The Secretary", "Our partners", "The allies",
        "The working group", "Our negotiators", "Both sides", "The agencies", "I", "You", "They",
        "The delegation", "Our experts", "The governors",
    ];

    public static readonly string[] Auxiliaries =
    [
        "will", "would", "want to", "continue to", "are going to", "are prepared to", "need to", "intend to",
        "expect to", "have been working to", "are ready to", "hope to", "can", "should", "plan to",
    ];

    public static readonly string[] Prepositions =
    [
        "of", "for", "with", "on", "in", "across", "between", "toward", "under", "through", "around", "beyond", "after",
    ];

    public static readonly string[] Determiners = ["the", "the", "the", "a", "our", "this", "that", "each", "every", "their", "these", "any"];

    public static readonly string[] Openers =
    [
        "Look,", "So", "Well,", "Again,", "Frankly,", "To be clear,", "On that,", "At the same time,", "Just to add,",
        "And", "But", "Now,", "First,", "Second,", "Finally,", "In short,", "As I said,", "I think", "Let me say",
    ];

    public static readonly string[] QuestionOpeners =
    [
        "Can you say whether", "Could you walk us through how", "Is it fair to say that", "How confident are you that",
        "What happens if", "Can you give us a sense of whether", "Would you rule out that", "Why now, and does",
        "Just to follow up, does", "Has anyone told you whether", "What would it take before", "Are you concerned that",
    ];

    public static readonly string[] Thanks =
    [
        "Thanks for doing this.", "Thank you.", "Hi, thanks.", "Thanks so much.", "Good afternoon.", "Two quick ones.",
        "Following up on that.", "Thanks for taking my question.",
    ];

    public static readonly string[] Notes = ["(laughter)", "(inaudible)", "(crosstalk)", "(Laughter.)", "(Applause.)"];

    public static readonly string[] NounSuffixes = ["ation", "ment", "ity", "ance", "ure", "ism", "or", "age", "ine", "el", "ary", "et"];

    public static readonly string[] AdjectiveSuffixes = ["al", "ic", "ive", "ous", "ary", "ent", "ish", "ern"];

    public static readonly string[] VerbSuffixes = ["ize", "ate", "en", "ify"];

    public static readonly string[] Onsets = ["b", "br", "c", "cl", "d", "dr", "f", "g", "gr", "h", "k", "l", "m", "n", "p", "pr", "r", "s", "st", "t", "tr", "v", "w", "z", "sh", "ch", "j", "qu"];

    public static readonly string[] Nuclei = ["a", "e", "i", "o", "u", "ai", "ea", "or", "ar", "el", "ou", "y"];

    public static readonly string[] Codas = ["", "", "", "", "", "n", "r", "l", "s", "m", "nd", "rt", "st", "x", "k"];

    public static readonly string[] PlaceSuffixes = ["ia", "land", "stan", "mark", "ova", "ay", "burg", "ora", "enn", "ique"];

    public static readonly string[] OutletNouns = ["Ledger", "Wire", "Dispatch", "Courier", "Sentinel", "Radio", "Herald", "News", "Post", "Tribune", "Report", "Gazette"];

    public static readonly string[] Offices =
    [
        "National Security Council", "Council of Economic Advisers", "Domestic Policy Council", "Office of Management and Budget",
        "Department of Energy", "Treasury Department", "State Department", "Department of Agriculture", "Trade Representative's office",
    ];

    public static readonly string[] Aircraft = ["Air Force One", "the Executive Jet", "Marine One", "the Press Charter"];

    public static readonly string[] Rooms = ["Press Briefing Room", "Roosevelt Room", "South Court Auditorium", "Indian Treaty Room"];
}
