import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.InetAddressPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.RegExp;

/**
 * Runs Elasticsearch queries on real Lucene (8.7) over events indexed the way rulecast's
 * documented Elasticsearch mapping stores them (docs/elastic.md, "Assumed mapping"):
 * - every leaf value of a flattened dotted field name is an untokenized keyword term
 *   (StringField: exact bytes, one term per array element); numbers and numeric strings are
 *   also indexed as points, like a numeric field with `coerce`, for range queries;
 * - `_exists_` holds the name of every field (and every parent object path) that has a value,
 *   standing in for ES's `_field_names` field that the `exists` query reads;
 * - `<field>.lower` holds each value lower-cased (a `lowercase`-normalized keyword multi-field);
 * - `__all` holds every value, standing in for `default_field: *` expansion over all fields.
 *
 * - `ip` fields (docs' "ip" map, names in "ipFields") are InetAddressPoints, as ES's `ip` type
 *   indexes them (16 bytes; IPv4 as IPv4-mapped IPv6); a term on one is ES's IpFieldMapper
 *   termQuery: `addr/len` -> InetAddressPoint.newPrefixQuery, else newExactQuery.
 * Input (args[0]): JSON {"docs": [{"k": {field: [text...]}, "n": {field: [number...]}, "ip"?: {field: [address...]}}...],
 *                        "queries": [{"id", "lucene": string} | {"id", "dsl": object}], "ipFields"?: [field...]}
 * Output (stdout): one JSON line per query: {"id", "hits": [doc ordinals]} or {"id", "error"}.
 */
public final class LuceneHarness {
  static final String EXISTS = "_exists_";
  static final String ALL = "__all";
  static final String ORD = "__ord";
  static java.util.Set<String> ipFields = new java.util.HashSet<>();

  public static void main(String[] args) throws Exception {
    String text = new String(Files.readAllBytes(Paths.get(args[0])), StandardCharsets.UTF_8);
    @SuppressWarnings("unchecked") Map<String, Object> input = (Map<String, Object>) Json.parse(text);
    BooleanQuery.setMaxClauseCount(1 << 20);
    if (input.get("ipFields") != null) for (Object f : (List<?>) input.get("ipFields")) ipFields.add((String) f);
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new KeywordAnalyzer()))) {
      long ord = 0;
      for (Object d : (List<?>) input.get("docs")) w.addDocument(toDocument((Map<?, ?>) d, ord++));
    }
    PrintStream out = new PrintStream(System.out, true, "UTF-8");
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (Object q : (List<?>) input.get("queries")) {
        Map<?, ?> spec = (Map<?, ?>) q;
        String id = String.valueOf(spec.get("id"));
        try {
          Query query = spec.containsKey("lucene") ? parseLucene((String) spec.get("lucene")) : Dsl.build(spec.get("dsl"));
          List<Long> hits = run(searcher, query);
          StringBuilder b = new StringBuilder("{\"id\":").append(Json.quote(id)).append(",\"hits\":[");
          for (int k = 0; k < hits.size(); k++) b.append(k == 0 ? "" : ",").append(hits.get(k));
          out.println(b.append("]}"));
        } catch (Throwable e) {
          out.println("{\"id\":" + Json.quote(id) + ",\"error\":" + Json.quote(e.getClass().getSimpleName() + ": " + e.getMessage()) + "}");
        }
      }
    }
  }

  static Document toDocument(Map<?, ?> d, long ord) {
    Document doc = new Document();
    doc.add(new NumericDocValuesField(ORD, ord));
    Map<?, ?> keywords = (Map<?, ?>) d.get("k");
    java.util.Set<String> present = new java.util.HashSet<>();
    for (Map.Entry<?, ?> e : keywords.entrySet()) {
      String field = (String) e.getKey();
      List<?> values = (List<?>) e.getValue();
      if (values.isEmpty()) continue;
      for (Object v : values) {
        doc.add(new StringField(field, (String) v, Field.Store.NO));
        // The `lowercase-field` strategy's sub-field: a keyword multi-field with ES's `lowercase`
        // normalizer (Lucene LowerCaseFilter: Character.toLowerCase per code point).
        doc.add(new StringField(field + ".lower", lowerEachCodePoint((String) v), Field.Store.NO));
        doc.add(new StringField(ALL, (String) v, Field.Store.NO));
      }
      // The field and each parent object path exist (ES `exists` on an object matches its sub-fields).
      String p = field;
      while (true) {
        if (present.add(p)) doc.add(new StringField(EXISTS, p, Field.Store.NO));
        int dot = p.lastIndexOf('.');
        if (dot < 0) break;
        p = p.substring(0, dot);
      }
    }
    Map<?, ?> ips = (Map<?, ?>) d.get("ip");
    if (ips != null) {
      for (Map.Entry<?, ?> e : ips.entrySet()) {
        String field = (String) e.getKey();
        for (Object v : (List<?>) e.getValue()) doc.add(new InetAddressPoint(field, ipLiteral((String) v)));
        if (!((List<?>) e.getValue()).isEmpty() && present.add(field)) doc.add(new StringField(EXISTS, field, Field.Store.NO));
      }
    }
    Map<?, ?> numbers = (Map<?, ?>) d.get("n");
    if (numbers != null) {
      for (Map.Entry<?, ?> e : numbers.entrySet()) {
        for (Object v : (List<?>) e.getValue()) doc.add(new DoublePoint((String) e.getKey(), ((Number) v).doubleValue()));
      }
    }
    return doc;
  }

  /** An IP literal (never a host name: no DNS lookup), as ES's InetAddresses.forString accepts it. */
  static java.net.InetAddress ipLiteral(String text) {
    if (!text.matches("[0-9A-Fa-f:.]+") || !(text.contains(":") || text.matches("\\d{1,3}(\\.\\d{1,3}){3}"))) {
      throw new IllegalArgumentException("not an IP literal: " + text);
    }
    try {
      return java.net.InetAddress.getByName(text);
    } catch (java.net.UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** A term on an `ip` field (ES IpFieldMapper.IpFieldType#termQuery). */
  static Query ipTerm(String field, String value) {
    int slash = value.indexOf('/');
    if (slash < 0) return InetAddressPoint.newExactQuery(field, ipLiteral(value));
    return InetAddressPoint.newPrefixQuery(field, ipLiteral(value.substring(0, slash)), Integer.parseInt(value.substring(slash + 1)));
  }

  static String lowerEachCodePoint(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> b.appendCodePoint(Character.toLowerCase(cp)));
    return b.toString();
  }

  static List<Long> run(IndexSearcher searcher, Query query) throws Exception {
    List<Long> hits = new ArrayList<>();
    searcher.search(query, new SimpleCollector() {
      NumericDocValues ords;

      @Override
      protected void doSetNextReader(LeafReaderContext context) throws java.io.IOException {
        ords = context.reader().getNumericDocValues(ORD);
      }

      @Override
      public void collect(int doc) throws java.io.IOException {
        ords.advanceExact(doc);
        hits.add(ords.longValue());
      }

      @Override
      public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
      }
    });
    hits.sort(null);
    return hits;
  }

  /**
   * The classic query parser set up like Elasticsearch's `query_string`
   * (org.elasticsearch.index.search.QueryStringQueryParser, which extends it):
   * allow_leading_wildcard true (the ES default); keyword fields use the keyword analyzer,
   * so multi-term queries (wildcard/prefix/regexp) are not lower-cased (ES normalizes them
   * with the field's normalizer, none on a plain keyword); regexps are parsed with RegExp.ALL
   * (ES: fieldType.regexpQuery(..., RegExp.ALL, ...)); `_exists_:f` becomes an exists query
   * (ES: QueryStringQueryParser.getFieldQuery -> existsQuery); `*:*` is match-all;
   * a pure-negative boolean gets a match-all clause (ES: Queries.fixNegativeQueryIfNeeded).
   */
  static Query parseLucene(String text) throws Exception {
    QueryParser parser = new QueryParser(ALL, new KeywordAnalyzer()) {
      @Override
      protected Query getFieldQuery(String field, String queryText, boolean quoted) {
        if (ipFields.contains(field)) return ipTerm(field, queryText);
        return new TermQuery(new Term(field, queryText));
      }

      @Override
      protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive) {
        return range(field, part1, part2, startInclusive, endInclusive);
      }

      @Override
      protected Query getBooleanQuery(List<BooleanClause> clauses) throws org.apache.lucene.queryparser.classic.ParseException {
        Query q = super.getBooleanQuery(clauses);
        return fixNegative(q);
      }
    };
    parser.setAllowLeadingWildcard(true);
    parser.setDefaultOperator(QueryParser.Operator.OR); // ES query_string default_operator
    return fixNegative(parser.parse(text));
  }

  static Query fixNegative(Query q) {
    if (!(q instanceof BooleanQuery)) return q;
    BooleanQuery bq = (BooleanQuery) q;
    for (BooleanClause c : bq.clauses()) if (c.getOccur() != BooleanClause.Occur.MUST_NOT) return q;
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (BooleanClause c : bq.clauses()) b.add(c);
    b.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
    return b.build();
  }

  static boolean isNumber(String s) {
    if (s == null) return true;
    try {
      Double.parseDouble(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Numeric bounds -> a points range (a numeric field); otherwise a term range (a keyword field). */
  static Query range(String field, String lo, String hi, boolean incLo, boolean incHi) {
    if (lo != null && lo.equals("*")) lo = null;
    if (hi != null && hi.equals("*")) hi = null;
    if (isNumber(lo) && isNumber(hi) && (lo != null || hi != null)) {
      double a = lo == null ? Double.NEGATIVE_INFINITY : Double.parseDouble(lo);
      double b = hi == null ? Double.POSITIVE_INFINITY : Double.parseDouble(hi);
      if (!incLo && lo != null) a = Math.nextUp(a);
      if (!incHi && hi != null) b = Math.nextDown(b);
      return DoublePoint.newRangeQuery(field, a, b);
    }
    return TermRangeQuery.newStringRange(field, lo, hi, incLo, incHi);
  }

  /**
   * Case-insensitive automata as Elasticsearch 8.x builds them for `case_insensitive: true`
   * (org.elasticsearch.common.lucene.search.AutomatonQueries.toCaseInsensitiveChar): each
   * ASCII character also matches its other case; code points above 128 match only themselves.
   */
  static Automaton ciChar(int cp) {
    Automaton one = Automata.makeChar(cp);
    if (cp > 128) return one;
    int alt = Character.isLowerCase(cp) ? Character.toUpperCase(cp) : Character.toLowerCase(cp);
    return alt == cp ? one : Operations.union(one, Automata.makeChar(alt));
  }

  static Automaton ciString(String s, boolean wildcard, boolean prefix) {
    List<Automaton> parts = new ArrayList<>();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int len = Character.charCount(cp);
      if (wildcard && cp == '*') parts.add(Automata.makeAnyString());
      else if (wildcard && cp == '?') parts.add(Automata.makeAnyChar());
      else if (wildcard && cp == '\\' && i + len < s.length()) {
        int next = s.codePointAt(i + len);
        len += Character.charCount(next);
        parts.add(Automata.makeChar(next)); // escaped: exact (ES does not fold escaped chars)
      } else parts.add(ciChar(cp));
      i += len;
    }
    if (prefix) parts.add(Automata.makeAnyString());
    return Operations.concatenate(parts);
  }

  /** Query DSL -> the Lucene query Elasticsearch builds for it on keyword (and numeric) fields. */
  static final class Dsl {
    @SuppressWarnings("unchecked")
    static Query build(Object json) throws Exception {
      Map<String, Object> m = (Map<String, Object>) json;
      if (m.size() != 1) throw new IllegalArgumentException("a query object has exactly one key: " + m.keySet());
      String type = m.keySet().iterator().next();
      Object body = m.get(type);
      switch (type) {
        case "bool": return bool((Map<String, Object>) body);
        case "match_all": return new MatchAllDocsQuery();
        case "match_none": return new MatchNoDocsQuery();
        case "exists": return new TermQuery(new Term(EXISTS, (String) ((Map<String, Object>) body).get("field")));
        case "term": return leaf(type, (Map<String, Object>) body);
        case "prefix": return leaf(type, (Map<String, Object>) body);
        case "wildcard": return leaf(type, (Map<String, Object>) body);
        case "regexp": return leaf(type, (Map<String, Object>) body);
        case "terms": {
          Map<String, Object> t = (Map<String, Object>) body;
          String field = t.keySet().iterator().next();
          BooleanQuery.Builder b = new BooleanQuery.Builder();
          for (Object v : (List<Object>) t.get(field)) b.add(new TermQuery(new Term(field, (String) v)), BooleanClause.Occur.SHOULD);
          return b.build();
        }
        case "range": {
          Map<String, Object> r = (Map<String, Object>) body;
          String field = r.keySet().iterator().next();
          Map<String, Object> spec = (Map<String, Object>) r.get(field);
          Object lo = spec.containsKey("gte") ? spec.get("gte") : spec.get("gt");
          Object hi = spec.containsKey("lte") ? spec.get("lte") : spec.get("lt");
          boolean numeric = (lo == null || lo instanceof Number) && (hi == null || hi instanceof Number);
          String los = lo == null ? null : numeric ? String.valueOf(((Number) lo).doubleValue()) : (String) lo;
          String his = hi == null ? null : numeric ? String.valueOf(((Number) hi).doubleValue()) : (String) hi;
          if (numeric) return range(field, los, his, !spec.containsKey("gt"), !spec.containsKey("lt"));
          return TermRangeQuery.newStringRange(field, los, his, !spec.containsKey("gt"), !spec.containsKey("lt"));
        }
        case "query_string": {
          Map<String, Object> qs = (Map<String, Object>) body;
          Object df = qs.get("default_field");
          if (df != null && !"*".equals(df)) throw new IllegalArgumentException("harness supports default_field * only");
          return parseLucene((String) qs.get("query"));
        }
        default: throw new IllegalArgumentException("unsupported query type " + type);
      }
    }

    /** bool: filter/must -> required, must_not -> prohibited, should with minimum_should_match (ES BoolQueryBuilder). */
    @SuppressWarnings("unchecked")
    static Query bool(Map<String, Object> body) throws Exception {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      int required = 0;
      for (String key : new String[] {"filter", "must", "must_not", "should"}) {
        Object v = body.get(key);
        if (v == null) continue;
        List<Object> list = v instanceof List ? (List<Object>) v : List.of(v);
        BooleanClause.Occur occur = key.equals("filter") ? BooleanClause.Occur.FILTER
          : key.equals("must") ? BooleanClause.Occur.MUST
          : key.equals("must_not") ? BooleanClause.Occur.MUST_NOT : BooleanClause.Occur.SHOULD;
        for (Object c : list) {
          b.add(build(c), occur);
          if (occur == BooleanClause.Occur.FILTER || occur == BooleanClause.Occur.MUST) required++;
        }
      }
      Object msm = body.get("minimum_should_match");
      boolean hasShould = body.get("should") != null;
      // ES default: with no must/filter clause, at least one should clause must match.
      int min = msm != null ? ((Number) msm).intValue() : (hasShould && required == 0 ? 1 : 0);
      b.setMinimumNumberShouldMatch(min);
      return fixNegative(b.build());
    }

    /**
     * term/prefix/wildcard/regexp on a keyword field, as KeywordFieldMapper's field type builds them:
     * TermQuery, PrefixQuery, WildcardQuery (backslash escapes), RegexpQuery(RegExp.ALL unless
     * `flags` says otherwise); `case_insensitive: true` -> AutomatonQueries (ASCII folding); for
     * regexp, Lucene's ASCII_CASE_INSENSITIVE match flag.
     */
    @SuppressWarnings("unchecked")
    static Query leaf(String type, Map<String, Object> body) {
      String field = body.keySet().iterator().next();
      Object spec = body.get(field);
      String value;
      boolean ci = false;
      String flags = null;
      if (spec instanceof Map) {
        Map<String, Object> s = (Map<String, Object>) spec;
        value = (String) s.get("value");
        ci = Boolean.TRUE.equals(s.get("case_insensitive"));
        flags = (String) s.get("flags");
      } else value = (String) spec;
      Term term = new Term(field, value);
      if (ipFields.contains(field)) {
        if (!type.equals("term")) throw new IllegalArgumentException(type + " on the ip field " + field);
        return ipTerm(field, value);
      }
      switch (type) {
        case "term": return ci ? new AutomatonQuery(term, ciString(value, false, false)) : new TermQuery(term);
        case "prefix": return ci ? new AutomatonQuery(term, ciString(value, false, true)) : new PrefixQuery(term);
        case "wildcard": return ci ? new AutomatonQuery(term, ciString(value, true, false)) : new WildcardQuery(term);
        default: {
          if (flags != null && !flags.equals("ALL")) throw new IllegalArgumentException("harness supports regexp flags ALL only");
          int matchFlags = ci ? RegExp.ASCII_CASE_INSENSITIVE : 0;
          return new RegexpQuery(term, RegExp.ALL, matchFlags, Operations.DEFAULT_MAX_DETERMINIZED_STATES);
        }
      }
    }
  }
}
