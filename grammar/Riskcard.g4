// Riskcard.g4 - the whole surface of the Riskcard language.
//
// One grammar for every construct: modules and imports, taxonomies, cross-taxonomy
// maps, RiskCards, lexicons, patterns, models, input schemas, policies and tests.
// The parse tree never leaves grammar/: AstBuilder.cpp turns it into our own AST
// (compiler/include/risk/AST/AST.h) immediately. Every rule here is documented in
// docs/language.md with an example; keep the two in step.
//
// Layout is free: newlines are whitespace, `;` is an optional separator inside
// blocks, `#` starts a comment that runs to the end of the line.

grammar Riskcard;

@lexer::members {
  /// A `/` starts a regular-expression literal only where an operand may start
  /// (after `=`, `(`, `,`, an operator or a keyword), never after an operand. This
  /// is the rule JavaScript uses to tell `a / b` from `/re/`.
  bool regexAllowed() const { return !lastWasOperand; }
  bool lastWasOperand = false;

  std::unique_ptr<antlr4::Token> nextToken() override {
    std::unique_ptr<antlr4::Token> token = antlr4::Lexer::nextToken();
    if (token->getChannel() == antlr4::Token::DEFAULT_CHANNEL) {
      size_t type = token->getType();
      // Words the `name` rule accepts are operands too: `category / 2`.
      switch (type) {
      case IDENT: case NUMBER: case STRING: case TRIPLE_STRING: case REGEX: case RPAREN:
      case RBRACKET: case KW_TRUE: case KW_FALSE: case DESCRIPTION: case VERSION: case CODE:
      case REFERENCE: case PROMPT: case OUTPUT: case WORDS: case PHRASES: case SUBSTRINGS:
      case FOLD: case NORMALIZE: case FROM: case HARM: case REQUIRES: case CATEGORIES:
      case LIST: case ENUM: case CATEGORY:
        lastWasOperand = true;
        break;
      default:
        lastWasOperand = false;
      }
    }
    return token;
  }
}

// ---------------------------------------------------------------------------
// Files, modules and imports
// ---------------------------------------------------------------------------

file        : moduleDecl? importDecl* topDecl* EOF ;
moduleDecl  : MODULE qualifiedName SEMI? ;
importDecl  : IMPORT qualifiedName (AS name)? SEMI? ;
/// Module paths may use any word, keywords included: `std.taxonomy.t2i`, `std.map.x`.
qualifiedName : anyName (DOT anyName)* ;
anyName
  : name | MODULE | IMPORT | AS | TAXONOMY | CATEGORY | MAP | CARD | EXAMPLE | EXPECT
  | LEXICON | PATTERN | MODEL | INPUT | POLICY | FOR | LET | RULE | WHEN | DEFAULT
  | BECAUSE | ALLOW | WARN | REDACT | GUIDE | ESCALATE | BLOCK | TEST | AND | OR | NOT
  | IN | KW_TRUE | KW_FALSE | KW_NULL | SEVERITY | COMBINE | CARDS | KW_ERROR
  ;

/// Entry point for a lone expression (the REPL's `:type`).
exprEntry : expr EOF ;

topDecl
  : taxonomyDecl
  | mapDecl
  | cardDecl
  | lexiconDecl
  | patternDecl
  | modelDecl
  | inputDecl
  | policyDecl
  | testDecl
  | SEMI
  ;

// ---------------------------------------------------------------------------
// Taxonomies: nested categories with ids, titles, codes and descriptions
// ---------------------------------------------------------------------------

taxonomyDecl : TAXONOMY name title=text? (VERSION version=text)? LBRACE taxonomyItem* RBRACE ;
taxonomyItem
  : categoryDecl
  | DESCRIPTION text
  | REFERENCE text
  | SEMI
  ;
categoryDecl : CATEGORY name title=text? (CODE code=text)? (LBRACE categoryItem* RBRACE)? ;
categoryItem
  : categoryDecl
  | DESCRIPTION text
  | CODE text
  | SEMI
  ;

// ---------------------------------------------------------------------------
// Cross-taxonomy maps: `source.path[.*] => target.path, ...`
// ---------------------------------------------------------------------------

mapDecl   : MAP source=qualifiedName ARROW target=qualifiedName LBRACE mapItem* RBRACE ;
mapItem   : from=categoryRef FAT_ARROW categoryRef (COMMA categoryRef)* | SEMI ;

/// `a.b.c` or `a.b.*`: a category path, optionally with a wildcard for the subtree.
categoryRef : name (DOT name)* (DOT STAR)? ;

// ---------------------------------------------------------------------------
// RiskCards (Derczynski et al. 2023)
// ---------------------------------------------------------------------------

cardDecl : CARD name text? LBRACE cardItem* RBRACE ;
cardItem
  : DESCRIPTION text                                          # cardDescription
  | CATEGORIES categoryRef (COMMA categoryRef)*               # cardCategories
  | HARM harmType (COMMA harmType)*                           # cardHarm
  | REQUIRES text                                             # cardRequires
  | SEVERITY name                                             # cardSeverity
  | EXAMPLE (PROMPT prompt=text)? (OUTPUT output=text)? (EXPECT actionKind)? # cardExample
  | REFERENCE text                                            # cardReference
  | SEMI                                                      # cardEmpty
  ;
harmType : actor=name DOT harm=name ;

// ---------------------------------------------------------------------------
// Lexicons, patterns, models and input schemas
// ---------------------------------------------------------------------------

lexiconDecl : LEXICON name text? LBRACE lexiconItem* RBRACE ;
lexiconItem
  : FOLD name                                     # lexiconFold
  | NORMALIZE name (COMMA name)*                  # lexiconNormalize
  | WORDS                                         # lexiconWords
  | PHRASES                                       # lexiconPhrases
  | SUBSTRINGS                                    # lexiconSubstrings
  | FROM text                                     # lexiconFrom
  | lexiconTerm (COMMA lexiconTerm)* COMMA?       # lexiconTerms
  | SEMI                                          # lexiconEmpty
  ;
lexiconTerm : text NUMBER? ;

patternDecl : PATTERN name title=text? ASSIGN REGEX (NORMALIZE name (COMMA name)*)? ;
modelDecl   : MODEL modelName=name ASSIGN kind=name LPAREN text RPAREN ;

inputDecl : INPUT name LBRACE (fieldDecl (COMMA fieldDecl)* COMMA?)? RBRACE ;
fieldDecl : name COLON typeExpr ;
typeExpr  : baseType QUESTION? ;
baseType
  : ENUM LBRACE name (COMMA name)* COMMA? RBRACE        # enumType
  | LIST LT typeExpr GT                                 # listType
  | name                                                # namedType
  ;

// ---------------------------------------------------------------------------
// Policies
// ---------------------------------------------------------------------------

policyDecl : POLICY policyName=name FOR (inputModule=name DOT)? inputName=name LBRACE policyItem* RBRACE ;
policyItem
  : COMBINE name                                        # policyCombine
  | LET name ASSIGN expr                                # policyLet
  | ruleDecl                                            # policyRule
  | DEFAULT action                                      # policyDefault
  | SEMI                                                # policyEmpty
  ;
ruleDecl
  : RULE ruleName=name WHEN expr FAT_ARROW action
    (categoryRef (COMMA categoryRef)*)?
    (SEVERITY severity=name)?
    (BECAUSE because=text)?
  ;
action     : actionKind text? ;
actionKind : ALLOW | WARN | REDACT | GUIDE | ESCALATE | BLOCK | KW_ERROR ;

// Precedence from loosest to tightest: or, and, not, in / not in, comparisons,
// + -, * / %, unary minus, postfix (call result member, index, wildcard).
expr
  : expr DOT STAR                                       # wildcardExpr
  | expr DOT name                                       # memberExpr
  | expr LBRACKET expr RBRACKET                         # indexExpr
  | MINUS expr                                          # negExpr
  | expr op=(STAR | SLASH | PERCENT) expr               # mulExpr
  | expr op=(PLUS | MINUS) expr                         # addExpr
  | expr op=(LT | LE | GT | GE | EQ | NE) expr          # cmpExpr
  | expr NOT? IN expr                                   # inExpr
  | NOT expr                                            # notExpr
  | expr AND expr                                       # andExpr
  | expr OR expr                                        # orExpr
  | primary                                             # primaryExpr
  ;
primary
  : NUMBER                                              # numberLit
  | text                                                # stringLit
  | REGEX                                               # regexLit
  | KW_TRUE                                                # trueLit
  | KW_FALSE                                               # falseLit
  | name LPAREN (expr (COMMA expr)*)? RPAREN            # callExpr
  | name                                                # nameExpr
  | LPAREN expr RPAREN                                  # parenExpr
  | LBRACKET (expr (COMMA expr)* COMMA?)? RBRACKET      # listExpr
  ;

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------

testDecl : TEST testName=name (FOR policy=name)? LBRACE testItem* RBRACE ;
testItem
  : EXPECT actionKind testInput (AS categoryRef (COMMA categoryRef)*)?   # testExpect
  | CARDS categoryRef (COMMA categoryRef)*                              # testCards
  | SEMI                                                                # testEmpty
  ;
testInput : text | jsonObject ;

jsonValue
  : text | NUMBER | MINUS NUMBER | KW_TRUE | KW_FALSE | KW_NULL | jsonObject | jsonArray ;
jsonObject : LBRACE (jsonMember (COMMA jsonMember)* COMMA?)? RBRACE ;
jsonMember : text COLON jsonValue ;
jsonArray  : LBRACKET (jsonValue (COMMA jsonValue)* COMMA?)? RBRACKET ;

// ---------------------------------------------------------------------------
// Names and strings
// ---------------------------------------------------------------------------

/// Words that only have a meaning inside one construct may also be used as names.
name
  : IDENT
  | DESCRIPTION | VERSION | CODE | REFERENCE | PROMPT | OUTPUT | WORDS | PHRASES
  | SUBSTRINGS | FOLD | NORMALIZE | FROM | HARM | REQUIRES | CATEGORIES | LIST | ENUM
  | CATEGORY
  ;
text : STRING | TRIPLE_STRING ;

// ---------------------------------------------------------------------------
// Lexer
// ---------------------------------------------------------------------------

MODULE      : 'module' ;
IMPORT      : 'import' ;
AS          : 'as' ;
TAXONOMY    : 'taxonomy' ;
CATEGORY    : 'category' ;
VERSION     : 'version' ;
DESCRIPTION : 'description' ;
CODE        : 'code' ;
REFERENCE   : 'reference' ;
MAP         : 'map' ;
CARD        : 'card' ;
CATEGORIES  : 'categories' ;
HARM        : 'harm' ;
REQUIRES    : 'requires' ;
SEVERITY    : 'severity' ;
EXAMPLE     : 'example' ;
PROMPT      : 'prompt' ;
OUTPUT      : 'output' ;
EXPECT      : 'expect' ;
LEXICON     : 'lexicon' ;
FOLD        : 'fold' ;
NORMALIZE   : 'normalize' ;
WORDS       : 'words' ;
PHRASES     : 'phrases' ;
SUBSTRINGS  : 'substrings' ;
FROM        : 'from' ;
PATTERN     : 'pattern' ;
MODEL       : 'model' ;
INPUT       : 'input' ;
ENUM        : 'enum' ;
LIST        : 'list' ;
POLICY      : 'policy' ;
FOR         : 'for' ;
COMBINE     : 'combine' ;
LET         : 'let' ;
RULE        : 'rule' ;
WHEN        : 'when' ;
DEFAULT     : 'default' ;
BECAUSE     : 'because' ;
ALLOW       : 'allow' ;
WARN        : 'warn' ;
REDACT      : 'redact' ;
GUIDE       : 'guide' ;
ESCALATE    : 'escalate' ;
BLOCK       : 'block' ;
KW_ERROR       : 'error' ;
TEST        : 'test' ;
CARDS       : 'cards' ;
AND         : 'and' ;
OR          : 'or' ;
NOT         : 'not' ;
IN          : 'in' ;
KW_TRUE        : 'true' ;
KW_FALSE       : 'false' ;
KW_NULL        : 'null' ;

FAT_ARROW : '=>' ;
ARROW     : '->' ;
EQ        : '==' ;
NE        : '!=' ;
LE        : '<=' ;
GE        : '>=' ;
LT        : '<' ;
GT        : '>' ;
ASSIGN    : '=' ;
LBRACE    : '{' ;
RBRACE    : '}' ;
LPAREN    : '(' ;
RPAREN    : ')' ;
LBRACKET  : '[' ;
RBRACKET  : ']' ;
COMMA     : ',' ;
COLON     : ':' ;
SEMI      : ';' ;
DOT       : '.' ;
QUESTION  : '?' ;
PLUS      : '+' ;
MINUS     : '-' ;
STAR      : '*' ;
PERCENT   : '%' ;

/// `/body/flags`; the body may hold `\/` and `/` inside a class `[...]`. Only where an
/// operand may start.
REGEX     : '/' {regexAllowed()}?
            ( '\\' ~[\r\n] | '[' ( '\\' ~[\r\n] | ~[\]\\\r\n] )* ']' | ~[/\\\r\n[] )+
            '/' [a-z]* ;
SLASH     : '/' ;

IDENT     : [A-Za-z_] [A-Za-z0-9_]* ;
NUMBER    : [0-9]+ ('.' [0-9]+)? ([eE] [+-]? [0-9]+)? ;

/// `"""` opens a multi-line string; its indentation is removed by the AST builder.
TRIPLE_STRING : '"""' ( '\\' . | ~'\\' )*? '"""' ;
STRING        : '"' ( '\\' ~[\r\n] | ~["\\\r\n] )* '"' ;
/// A string that reaches the end of its line: reported as unterminated, not as a
/// cascade of stray tokens.
UNTERMINATED_STRING : '"' ( '\\' ~[\r\n] | ~["\\\r\n] )* ;

COMMENT   : '#' ~[\r\n]* -> channel(HIDDEN) ;
WS        : [ \t\r\n\u000C]+ -> skip ;
/// Anything else becomes one token that the parser rejects with a located error.
UNKNOWN   : . ;
