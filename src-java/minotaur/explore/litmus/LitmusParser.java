package minotaur.explore.litmus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import minotaur.explore.litmus.LitmusLexer.Token;
import minotaur.history.BadInput;

/**
 * Reads the subset of herd7's C litmus format that herd7's and GenMC's C tests use (docs/litmus.md):
 *
 * <pre>
 * C name                       header; any lines up to the init block are ignored
 * { x = 0; [y] = 1; atomic_int z; }
 * P0(atomic_int *x, int *y) { int r0 = atomic_load_explicit(x, memory_order_acquire); *y = 1; }
 * ...
 * locations [0:r1; x;]         optional extra items of the outcome
 * exists (0:r0=1 /\ ~1:r0=0 \/ x=2)      or ~exists, forall
 * </pre>
 *
 * A recursive-descent parser over {@link LitmusLexer}'s tokens, with C's operator precedence in
 * thread code and herd7's in the condition ({@code ~} over {@code /\} over {@code \/}). Every
 * error is a {@link BadInput} of one line, {@code FILE:LINE: message}. Thread parameters and
 * init entries name the locations (a location in neither is an error); any other name in thread
 * code is a register of that thread, 0 unless assigned.
 */
public final class LitmusParser {
  private static final Pattern HEADER = Pattern.compile("^\\s*C\\s+(\\S+)");
  private static final Pattern THREAD = Pattern.compile("P(\\d+)");
  private static final Set<String> TYPE_WORDS = Set.of("int", "long", "short", "char", "unsigned", "signed",
      "const", "volatile", "atomic_int", "atomic_long", "_Atomic", "intptr_t", "int32_t", "int64_t",
      "uint32_t", "uint64_t", "__int128", "__int128_t", "atomic_bool", "bool");

  /** A C type name: a known word, or one shaped like {@code __int128}, {@code atomic_t}, {@code uint8_t}. */
  private static boolean typeWord(Token t) {
    if (t.kind() != Token.Kind.NAME) return false;
    String w = t.text();
    return TYPE_WORDS.contains(w) || w.startsWith("__int") || w.startsWith("__uint") || w.endsWith("_t");
  }

  private final String file;
  private final List<Token> tokens;
  private int pos;
  private final Map<String, Integer> locationIndex = new LinkedHashMap<>();
  private final List<LitmusTest.Location> locations = new ArrayList<>();
  private final Map<String, Integer> registerInits = new HashMap<>();
  private final List<LitmusTest.Thread> threads = new ArrayList<>();
  /** The final-state items named by {@code locations} and the condition. */
  private final List<LitmusTest.Observed> mentioned = new ArrayList<>();
  /** The registers of the thread being parsed, by name, in order of first use. */
  private Map<String, Integer> registers;
  /** How deep the statements, expressions or condition being parsed nest. */
  private int depth;

  /** Deeper than any litmus test nests; bounds the parser's recursion, so deep input is bad input. */
  static final int MAX_DEPTH = 100;

  private LitmusParser(String file, List<Token> tokens) {
    this.file = file;
    this.tokens = tokens;
  }

  /** Reads the litmus file at {@code path}; a missing or unreadable file is bad input too. */
  public static LitmusTest read(Path path) {
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInput(path + ": cannot read: " + e.getMessage());
    }
    return parse(path.toString(), text);
  }

  /** Parses {@code text}, naming {@code file} in error messages. */
  public static LitmusTest parse(String file, String text) {
    String[] lines = text.split("\n", -1);
    int headerLine = 0;
    while (headerLine < lines.length && lines[headerLine].isBlank()) headerLine++;
    Matcher m = headerLine < lines.length ? HEADER.matcher(lines[headerLine]) : null;
    if (m == null || !m.find()) {
      throw new BadInput(file + ":" + Math.min(headerLine + 1, lines.length)
          + ": expected the header 'C <name>' of a C litmus test");
    }
    List<Token> tokens = LitmusLexer.tokens(file, text);
    LitmusParser p = new LitmusParser(file, tokens);
    return p.test(m.group(1), headerLine + 1);
  }

  private LitmusTest test(String name, int headerLine) {
    while (peek().line() <= headerLine && peek().kind() != Token.Kind.END) pos++;
    while (!peek().is("{") && !startsThread() && peek().kind() != Token.Kind.END) pos++;
    if (peek().is("{")) init();
    while (startsThread()) thread();
    if (threads.isEmpty()) throw bad(peek(), "expected thread P0(...) { ... }, found " + peek());
    if (peek().is("locations")) locationsClause();
    Condition condition = condition();
    return new LitmusTest(name, file, List.copyOf(locations), List.copyOf(threads), condition, observed());
  }

  // ---- init block

  private void init() {
    expect("{");
    while (!peek().is("}")) {
      if (peek().kind() == Token.Kind.END) throw bad(peek(), "init block not closed: missing '}'");
      if (accept(";")) continue;
      initEntry();
      if (!peek().is("}")) expect(";");
    }
    expect("}");
  }

  private void initEntry() {
    Token start = peek();
    if (start.kind() == Token.Kind.NUMBER && tokens.get(pos + 1).is(":")) {
      int thread = number(next());
      expect(":");
      String register = name(next(), "a register name");
      int value = accept("=") ? signedNumber() : 0;
      registerInits.put(thread + ":" + register, value);
      return;
    }
    boolean pointer = false;
    String location = null;
    boolean bracket = false;
    while (true) {
      Token t = peek();
      if (t.is("*")) {
        pointer = true;
        pos++;
      } else if (t.is("[")) {
        pos++;
        bracket = true;
      } else if (!bracket && typeWord(t)
          && tokens.get(pos + 1).kind() != Token.Kind.END && !tokens.get(pos + 1).is("=")) {
        pos++;
      } else if (t.kind() == Token.Kind.NAME) {
        location = t.text();
        pos++;
        if (bracket) expect("]");
        break;
      } else {
        throw bad(t, "expected a location in the init block, found " + t);
      }
    }
    int value = 0;
    if (accept("=")) {
      if (peek().is("&") || pointer) throw bad(start, "pointer-valued location " + location + " is not supported");
      value = signedNumber();
    }
    if (pointer) throw bad(start, "pointer-valued location " + location + " is not supported");
    if (locationIndex.containsKey(location)) throw bad(start, "location " + location + " initialised twice");
    addLocation(location, value);
  }

  private int addLocation(String location, int initial) {
    locationIndex.put(location, locations.size());
    locations.add(new LitmusTest.Location(location, initial));
    return locations.size() - 1;
  }

  // ---- threads

  private boolean startsThread() {
    Token t = peek();
    return t.kind() == Token.Kind.NAME && THREAD.matcher(t.text()).matches() && tokens.get(pos + 1).is("(");
  }

  private void thread() {
    Token header = next();
    int index;
    try {
      index = Integer.parseInt(header.text().substring(1));
    } catch (NumberFormatException e) {
      index = -1; // too large to be a thread number: out of order
    }
    if (index != threads.size()) {
      throw bad(header, "thread " + header.text() + " out of order: expected P" + threads.size());
    }
    registers = new LinkedHashMap<>();
    expect("(");
    while (!peek().is(")")) {
      parameter();
      if (!peek().is(")")) expect(",");
    }
    expect(")");
    expect("{");
    List<Code.Stmt> body = new ArrayList<>();
    while (!peek().is("}")) {
      if (endsThreadEarly()) throw bad(header, "thread " + header.text() + " has no closing '}'");
      body.add(statement(header));
    }
    expect("}");
    List<String> names = List.copyOf(registers.keySet());
    int[] initial = new int[names.size()];
    for (int r = 0; r < initial.length; r++) initial[r] = registerInits.getOrDefault(index + ":" + names.get(r), 0);
    threads.add(new LitmusTest.Thread(header.text(), new Code.Block(body), names, initial));
  }

  private boolean endsThreadEarly() {
    Token t = peek();
    return t.kind() == Token.Kind.END || startsThread() || t.is("exists") || t.is("forall")
        || t.is("locations") || (t.is("~") && tokens.get(pos + 1).is("exists"));
  }

  private void parameter() {
    Token t = peek();
    String last = null;
    while (peek().kind() == Token.Kind.NAME || peek().is("*")) {
      Token w = next();
      if (w.kind() == Token.Kind.NAME) last = w.text();
    }
    if (last == null) throw bad(t, "expected a parameter, found " + t);
    if (last.equals("void")) return;
    if (!locationIndex.containsKey(last)) addLocation(last, 0);
  }

  private Code.Stmt statement(Token thread) {
    enter();
    try {
      return nestedStatement(thread);
    } finally {
      depth--;
    }
  }

  private Code.Stmt nestedStatement(Token thread) {
    Token t = peek();
    if (accept(";")) return new Code.Block(List.of());
    if (accept("{")) {
      List<Code.Stmt> body = new ArrayList<>();
      while (!peek().is("}")) {
        if (endsThreadEarly()) throw bad(thread, "thread " + thread.text() + " has no closing '}'");
        body.add(statement(thread));
      }
      expect("}");
      return new Code.Block(body);
    }
    if (t.is("if")) {
      pos++;
      expect("(");
      Code.Expr condition = expression();
      expect(")");
      Code.Stmt then = statement(thread);
      Code.Stmt otherwise = null;
      if (accept("else")) otherwise = statement(thread);
      return new Code.If(condition, then, otherwise);
    }
    if (typeWord(t)) return declaration();
    if (t.is("*")) {
      pos++;
      int cell = location(next());
      expect("=");
      Code.Expr value = expression();
      expect(";");
      return new Code.Store(cell, value, null);
    }
    if (t.kind() == Token.Kind.NAME && tokens.get(pos + 1).is("(")) {
      Code.Stmt s = callStatement();
      expect(";");
      return s;
    }
    if (t.kind() == Token.Kind.NAME && tokens.get(pos + 1).is("=")) {
      int register = register(next());
      expect("=");
      Code.Expr value = expression();
      expect(";");
      return new Code.Assign(register, value);
    }
    throw bad(t, "expected a statement, found " + t);
  }

  private Code.Stmt declaration() {
    while (typeWord(peek())) pos++;
    List<Code.Stmt> assigns = new ArrayList<>();
    do {
      int register = register(next());
      if (accept("=")) assigns.add(new Code.Assign(register, expression()));
    } while (accept(","));
    expect(";");
    return assigns.size() == 1 ? assigns.get(0) : new Code.Block(assigns);
  }

  private Code.Stmt callStatement() {
    Token f = peek();
    switch (f.text()) {
      case "atomic_store_explicit", "atomic_store" -> {
        pos++;
        expect("(");
        int cell = locationArgument();
        expect(",");
        Code.Expr value = expression();
        C11Order order = C11Order.SEQ_CST;
        if (f.text().endsWith("_explicit")) {
          expect(",");
          order = order(f.text(), "store");
        }
        expect(")");
        return new Code.Store(cell, value, order);
      }
      case "atomic_thread_fence" -> {
        pos++;
        expect("(");
        C11Order order = order(f.text(), "fence");
        expect(")");
        return new Code.Fence(order);
      }
      default -> {
        return new Code.Effect(call());
      }
    }
  }

  // ---- expressions, by C precedence

  private static final List<List<String>> LEVELS = List.of(List.of("||"), List.of("&&"), List.of("|"),
      List.of("^"), List.of("&"), List.of("==", "!="), List.of("<", ">", "<=", ">="), List.of("+", "-"),
      List.of("*", "%"));

  private Code.Expr expression() {
    return binary(0);
  }

  private Code.Expr binary(int level) {
    if (level == LEVELS.size()) return unary();
    Code.Expr left = binary(level + 1);
    while (peek().kind() == Token.Kind.SYMBOL && LEVELS.get(level).contains(peek().text())) {
      String op = next().text();
      left = new Code.Binary(op, left, binary(level + 1));
    }
    return left;
  }

  private Code.Expr unary() {
    enter();
    try {
      return nestedUnary();
    } finally {
      depth--;
    }
  }

  private Code.Expr nestedUnary() {
    Token t = peek();
    if (t.is("-") || t.is("!") || t.is("~")) {
      pos++;
      return new Code.Unary(t.text(), unary());
    }
    if (t.is("*")) {
      pos++;
      if (accept("(")) {
        Code.Expr e = plainLoad();
        expect(")");
        return e;
      }
      return new Code.Load(location(next()), null);
    }
    if (accept("(")) {
      Code.Expr e = expression();
      expect(")");
      return e;
    }
    if (t.kind() == Token.Kind.NUMBER) return new Code.Constant(number(next()));
    if (t.kind() == Token.Kind.NAME && tokens.get(pos + 1).is("(")) return call();
    if (t.kind() == Token.Kind.NAME) {
      if (t.is("true")) { pos++; return new Code.Constant(1); }
      if (t.is("false")) { pos++; return new Code.Constant(0); }
      return new Code.Register(register(next()));
    }
    throw bad(t, "expected an expression, found " + t);
  }

  private Code.Expr plainLoad() {
    return new Code.Load(location(next()), null);
  }

  private Code.Expr call() {
    Token f = next();
    String name = f.text();
    boolean explicit = name.endsWith("_explicit");
    String base = explicit ? name.substring(0, name.length() - "_explicit".length()) : name;
    expect("(");
    Code.Expr result;
    switch (base) {
      case "atomic_load" -> {
        int cell = locationArgument();
        C11Order order = C11Order.SEQ_CST;
        if (explicit) {
          expect(",");
          order = order(name, "load");
        }
        result = new Code.Load(cell, order);
      }
      case "atomic_exchange", "atomic_fetch_add", "atomic_fetch_sub", "atomic_fetch_or", "atomic_fetch_and" -> {
        int cell = locationArgument();
        expect(",");
        Code.Expr operand = expression();
        C11Order order = C11Order.SEQ_CST;
        if (explicit) {
          expect(",");
          order = order(name, "rmw");
        }
        Code.RmwOp op = switch (base) {
          case "atomic_exchange" -> Code.RmwOp.EXCHANGE;
          case "atomic_fetch_add" -> Code.RmwOp.ADD;
          case "atomic_fetch_sub" -> Code.RmwOp.SUB;
          case "atomic_fetch_or" -> Code.RmwOp.OR;
          default -> Code.RmwOp.AND;
        };
        result = new Code.Rmw(op, cell, operand, order);
      }
      case "atomic_compare_exchange_strong", "atomic_compare_exchange_weak" -> {
        int cell = locationArgument();
        expect(",");
        Code.Expected expected = accept("&") ? new Code.InRegister(register(next())) : new Code.InLocation(location(next()));
        expect(",");
        Code.Expr desired = expression();
        C11Order success = C11Order.SEQ_CST;
        C11Order failure = C11Order.SEQ_CST;
        if (explicit) {
          expect(",");
          success = order(name, "rmw");
          expect(",");
          failure = order(name, "load");
        }
        result = new Code.CompareExchange(cell, expected, desired, success, failure);
      }
      case "atomic_store", "atomic_thread_fence" -> throw bad(f, name + " has no value; use it as a statement");
      default -> throw bad(f, "unknown function '" + name + "'");
    }
    expect(")");
    return result;
  }

  /** The location argument of an atomic call: {@code x} (a parameter) or {@code &x} (a global). */
  private int locationArgument() {
    accept("&");
    return location(next());
  }

  private C11Order order(String function, String use) {
    Token t = next();
    C11Order order = C11Order.named(t.text());
    if (t.kind() != Token.Kind.NAME || order == null) throw bad(t, "unknown memory order " + t + " in " + function);
    boolean valid = switch (use) {
      case "load" -> order.validForLoad();
      case "store" -> order.validForStore();
      default -> true;
    };
    if (!valid) throw bad(t, order.cName() + " is not a " + use + " order (" + function + ")");
    return order;
  }

  private int location(Token t) {
    if (t.kind() != Token.Kind.NAME) throw bad(t, "expected a location, found " + t);
    Integer cell = locationIndex.get(t.text());
    if (cell == null) throw bad(t, "unknown location '" + t.text() + "' (not a parameter of the thread nor in the init block)");
    return cell;
  }

  private int register(Token t) {
    if (t.kind() != Token.Kind.NAME) throw bad(t, "expected a register, found " + t);
    if (locationIndex.containsKey(t.text())) {
      throw bad(t, "location " + t.text() + " used as a register; read it with *" + t.text() + " or atomic_load_explicit");
    }
    return registers.computeIfAbsent(t.text(), k -> registers.size());
  }

  // ---- final condition

  private void locationsClause() {
    pos++;
    expect("[");
    while (!peek().is("]")) {
      if (accept(";")) continue;
      item();
    }
    expect("]");
  }

  private Condition condition() {
    Token t = peek();
    if (t.kind() == Token.Kind.END) throw bad(t, "missing final condition (exists, ~exists or forall)");
    Condition.Quantifier q;
    if (accept("exists")) q = Condition.Quantifier.EXISTS;
    else if (accept("forall")) q = Condition.Quantifier.FORALL;
    else if (t.is("~") && tokens.get(pos + 1).is("exists")) {
      pos += 2;
      q = Condition.Quantifier.NOT_EXISTS;
    } else {
      throw bad(t, "expected the final condition (exists, ~exists or forall), found " + t);
    }
    Condition.Prop prop = disjunction();
    accept(";");
    if (peek().kind() != Token.Kind.END) throw bad(peek(), "unexpected " + peek() + " after the final condition");
    return new Condition(q, prop);
  }

  private Condition.Prop disjunction() {
    Condition.Prop left = conjunction();
    while (accept("\\/")) left = new Condition.Or(left, conjunction());
    return left;
  }

  private Condition.Prop conjunction() {
    Condition.Prop left = negation();
    while (accept("/\\")) left = new Condition.And(left, negation());
    return left;
  }

  private Condition.Prop negation() {
    enter();
    try {
      return nestedNegation();
    } finally {
      depth--;
    }
  }

  private Condition.Prop nestedNegation() {
    if (accept("~") || accept("not")) return new Condition.Not(negation());
    if (accept("(")) {
      Condition.Prop p = disjunction();
      expect(")");
      return p;
    }
    if (accept("true")) return new Condition.Truth(true);
    if (accept("false")) return new Condition.Truth(false);
    LitmusTest.Observed item = item();
    Token op = next();
    boolean negated;
    if (op.is("=") || op.is("==")) negated = false;
    else if (op.is("!=")) negated = true;
    else throw bad(op, "expected '=' or '!=' after " + item.key() + ", found " + op);
    return new Condition.Equals(item.key(), signedNumber(), negated);
  }

  /** {@code 0:r0}, {@code x} or {@code [x]}: a register of a thread or a location; it joins the outcome. */
  private LitmusTest.Observed item() {
    Token t = next();
    if (t.kind() == Token.Kind.NUMBER) {
      int thread = number(t);
      expect(":");
      Token r = next();
      String register = name(r, "a register");
      if (thread >= threads.size()) throw bad(t, "no thread P" + thread + " for " + thread + ":" + register);
      int index = threads.get(thread).registers().indexOf(register);
      if (index < 0) throw bad(r, "thread P" + thread + " has no register " + register);
      return mention(new LitmusTest.Observed(thread, register, index));
    }
    boolean bracket = t.is("[");
    if (bracket) t = next();
    Integer cell = t.kind() == Token.Kind.NAME ? locationIndex.get(t.text()) : null;
    if (cell == null) throw bad(t, "expected a register (0:r0) or a location, found " + t);
    if (bracket) expect("]");
    return mention(new LitmusTest.Observed(-1, t.text(), cell));
  }

  private LitmusTest.Observed mention(LitmusTest.Observed item) {
    mentioned.add(item);
    return item;
  }

  /** The items the outcome shows: those of {@code locations} and of the condition, sorted, once each. */
  private List<LitmusTest.Observed> observed() {
    TreeSet<LitmusTest.Observed> items = new TreeSet<>(Comparator
        .comparingInt((LitmusTest.Observed o) -> o.thread() < 0 ? Integer.MAX_VALUE : o.thread())
        .thenComparing(LitmusTest.Observed::name));
    items.addAll(mentioned);
    return List.copyOf(items);
  }

  // ---- tokens

  /** One level deeper; past {@link #MAX_DEPTH}, bad input at the next token. */
  private void enter() {
    if (++depth > MAX_DEPTH) throw bad(peek(), "nested deeper than " + MAX_DEPTH + " levels");
  }

  private Token peek() {
    return tokens.get(pos);
  }

  private Token next() {
    Token t = tokens.get(pos);
    if (t.kind() != Token.Kind.END) pos++;
    return t;
  }

  private boolean accept(String text) {
    if (!peek().is(text)) return false;
    pos++;
    return true;
  }

  private void expect(String text) {
    Token t = peek();
    if (!accept(text)) throw bad(t, "expected '" + text + "', found " + t);
  }

  private String name(Token t, String what) {
    if (t.kind() != Token.Kind.NAME) throw bad(t, "expected " + what + ", found " + t);
    return t.text();
  }

  private int number(Token t) {
    if (t.kind() != Token.Kind.NUMBER) throw bad(t, "expected a number, found " + t);
    try {
      return Integer.decode(t.text());
    } catch (NumberFormatException e) {
      throw bad(t, "bad number '" + t.text() + "'");
    }
  }

  private int signedNumber() {
    boolean minus = accept("-");
    int v = number(next());
    return minus ? -v : v;
  }

  private BadInput bad(Token at, String message) {
    return new BadInput(file + ":" + at.line() + ": " + message);
  }
}
