// OBJ-STR-2: every str method, with its argument errors (count, type and keyword errors in the
// wording of its calling convention), end to end through method lookup and the vectorcall.
using NUnit.Framework;

namespace Reference.Objects.Tests.TextObjects;

[TestFixture]
public sealed class StrMethodTests : TextTest
{
    private static readonly PyCase[] Join =
    [
        C("""','.join(['a', 'b', 'c'])""", """'a,b,c'"""),
        C("""','.join([])""", """''"""),
        C("""','.join(['a'])""", """'a'"""),
        C("""s = 'abc'; ','.join([s]) is s""", """True"""),
        C("""','.join(('x', '\U0001F600'))""", "'x,\uD83D\uDE00'"),
        C("""'\U0001F600'.join('abc')""", "'a\uD83D\uDE00b\uD83D\uDE00c'"),
        C("""''.join(['a', 'b'])""", """'ab'"""),
        C("""','.join({'a': 1})""", """'a'"""),
        C("""','.join(['a', 1])""", """TypeError: sequence item 1: expected str instance, int found"""),
        C("""','.join(['a', b'b'])""", """TypeError: sequence item 1: expected str instance, bytes found"""),
        C("""','.join([None])""", """TypeError: sequence item 0: expected str instance, NoneType found"""),
        C("""','.join(1)""", """TypeError: can only join an iterable"""),
        C("""','.join()""", """TypeError: str.join() takes exactly one argument (0 given)"""),
        C("""','.join('a', 'b')""", """TypeError: str.join() takes exactly one argument (2 given)"""),
        C("""','.join(iterable=['a'])""", """TypeError: str.join() takes no keyword arguments"""),
        C("""str.join(',', ['a', 'b'])""", """'a,b'"""),
        C("""str.join(1, ['a'])""", """TypeError: descriptor 'join' for 'str' objects doesn't apply to a 'int' object"""),
    ];

    private static readonly PyCase[] Split =
    [
        C("""'a b  c'.split()""", """['a', 'b', 'c']"""),
        C("""'  a b  c  '.split()""", """['a', 'b', 'c']"""),
        C("""'a\tb\nc\x1cd\x85e\u3000f'.split()""", """['a', 'b', 'c', 'd', 'e', 'f']"""),
        C("""'a b c'.split(None, 1)""", """['a', 'b c']"""),
        C("""'  a b c  '.split(None, 1)""", """['a', 'b c  ']"""),
        C("""'  a b c  '.split(maxsplit=0)""", """['a b c  ']"""),
        C("""''.split()""", """[]"""),
        C("""'   '.split()""", """[]"""),
        C("""'a,b,,c'.split(',')""", """['a', 'b', '', 'c']"""),
        C("""'a,b,,c'.split(',', 2)""", """['a', 'b', ',c']"""),
        C("""'a,b,,c'.split(',', -1)""", """['a', 'b', '', 'c']"""),
        C("""'a,b,,c'.split(',', 0)""", """['a,b,,c']"""),
        C("""''.split(',')""", """['']"""),
        C("""'a::b::c'.split('::')""", """['a', 'b', 'c']"""),
        C("""'a\U0001F600b\U0001F600c'.split('\U0001F600')""", """['a', 'b', 'c']"""),
        C("""'a,b'.split(sep=',')""", """['a', 'b']"""),
        C("""'a,b,c'.split(sep=',', maxsplit=1)""", """['a', 'b,c']"""),
        C("""'a,b,c'.split(',', maxsplit=1)""", """['a', 'b,c']"""),
        C("""'a,b'.split('')""", """ValueError: empty separator"""),
        C("""'a,b'.split(1)""", """TypeError: must be str or None, not int"""),
        C("""'a,b'.split(b',')""", """TypeError: must be str or None, not bytes"""),
        C("""'a,b'.split(',', '1')""", """TypeError: 'str' object cannot be interpreted as an integer"""),
        C("""'a,b'.split(',', 1.5)""", """TypeError: 'float' object cannot be interpreted as an integer"""),
        C("""'a,b,c'.split(',', True)""", """['a', 'b,c']"""),
        C("""'a,b'.split(',', 10**30)""", """OverflowError: Python int too large to convert to C ssize_t"""),
        C("""'a,b'.split(',', 1, 2)""", """TypeError: split() takes at most 2 arguments (3 given)"""),
        C("""'a,b'.split(x=1)""", """TypeError: split() got an unexpected keyword argument 'x'"""),
        C("""'a,b'.split(',', sep=',')""", """TypeError: argument for split() given by name ('sep') and position (1)"""),
        C("""'a b c'.rsplit()""", """['a', 'b', 'c']"""),
        C("""'  a b c  '.rsplit(None, 1)""", """['  a b', 'c']"""),
        C("""'a,b,c'.rsplit(',', 1)""", """['a,b', 'c']"""),
        C("""'a,b,c'.rsplit(',')""", """['a', 'b', 'c']"""),
        C("""'a,b,c'.rsplit(sep=',', maxsplit=1)""", """['a,b', 'c']"""),
        C("""'a\U0001F600b\U0001F600c'.rsplit('\U0001F600', 1)""", "['a\uD83D\uDE00b', 'c']"),
        C("""'a,b'.rsplit('')""", """ValueError: empty separator"""),
        C("""'a,b'.rsplit(1)""", """TypeError: must be str or None, not int"""),
        C("""'a,b'.rsplit(',', 1, 2)""", """TypeError: rsplit() takes at most 2 arguments (3 given)"""),
        C("""'aaa'.split('aa')""", """['', 'a']"""),
        C("""'aaa'.rsplit('aa')""", """['a', '']"""),
    ];

    private static readonly PyCase[] Strip =
    [
        C("""'  a b  '.strip()""", """'a b'"""),
        C("""'\t\n a \x1c\x85\u2028'.strip()""", """'a'"""),
        C("""'  a b  '.lstrip()""", """'a b  '"""),
        C("""'  a b  '.rstrip()""", """'  a b'"""),
        C("""'xxaxx'.strip('x')""", """'a'"""),
        C("""'xyaxy'.strip('yx')""", """'a'"""),
        C("""'xyaxy'.lstrip('yx')""", """'axy'"""),
        C("""'xyaxy'.rstrip('yx')""", """'xya'"""),
        C("""'\U0001F600a\U0001F600'.strip('\U0001F600')""", """'a'"""),
        C("""'  a  '.strip(None)""", """'a'"""),
        C("""'abc'.strip('')""", """'abc'"""),
        C("""''.strip()""", """''"""),
        C("""s = 'abc'; s.strip() is s""", """True"""),
        C("""'abc'.strip(1)""", """TypeError: strip arg must be None or str"""),
        C("""'abc'.lstrip(b'a')""", """TypeError: lstrip arg must be None or str"""),
        C("""'abc'.rstrip(1)""", """TypeError: rstrip arg must be None or str"""),
        C("""'abc'.strip('a', 'b')""", """TypeError: strip expected at most 1 argument, got 2"""),
        C("""'abc'.strip(chars='a')""", """TypeError: str.strip() takes no keyword arguments"""),
    ];

    private static readonly PyCase[] Search =
    [
        C("""'abcabc'.find('c')""", """2"""),
        C("""'abcabc'.find('c', 3)""", """5"""),
        C("""'abcabc'.find('c', 3, 5)""", """-1"""),
        C("""'abcabc'.find('c', -1)""", """5"""),
        C("""'abcabc'.find('c', -100, 100)""", """2"""),
        C("""'abcabc'.find('')""", """0"""),
        C("""'abcabc'.find('', 6)""", """6"""),
        C("""'abcabc'.find('', 7)""", """-1"""),
        C("""'abcabc'.find('x')""", """-1"""),
        C("""'abcabc'.find('c', None, None)""", """2"""),
        C("""'abcabc'.find('c', True)""", """2"""),
        C("""'a\U0001F600b\U0001F600'.find('b')""", """2"""),
        C("""'a\U0001F600b\U0001F600'.find('\U0001F600', 2)""", """3"""),
        C("""'a\U0001F600b\U0001F600'.rfind('\U0001F600')""", """3"""),
        C("""'a\U0001F600b\U0001F600'.rfind('\U0001F600', 0, 3)""", """1"""),
        C("""'abcabc'.find(1)""", """TypeError: find() argument 1 must be str, not int"""),
        C("""'abcabc'.find('a', '1')""", """TypeError: slice indices must be integers or None or have an __index__ method"""),
        C("""'abcabc'.find('a', 1.0)""", """TypeError: slice indices must be integers or None or have an __index__ method"""),
        C("""'abcabc'.find('a', 10**30)""", """-1"""),
        C("""'abcabc'.find('a', -10**30)""", """0"""),
        C("""'abcabc'.find()""", """TypeError: find expected at least 1 argument, got 0"""),
        C("""'abcabc'.find('a', 1, 2, 3)""", """TypeError: find expected at most 3 arguments, got 4"""),
        C("""'abcabc'.find(sub='a')""", """TypeError: str.find() takes no keyword arguments"""),
        C("""'abcabc'.rfind('c')""", """5"""),
        C("""'abcabc'.rfind('c', 0, 5)""", """2"""),
        C("""'abcabc'.rfind('')""", """6"""),
        C("""'abcabc'.rfind('x')""", """-1"""),
        C("""'abcabc'.rfind(None)""", """TypeError: rfind() argument 1 must be str, not None"""),
        C("""'abcabc'.index('b')""", """1"""),
        C("""'abcabc'.index('b', 2)""", """4"""),
        C("""'abcabc'.index('x')""", """ValueError: substring not found"""),
        C("""'abcabc'.index('a', 1, 3)""", """ValueError: substring not found"""),
        C("""'abcabc'.index(1)""", """TypeError: index() argument 1 must be str, not int"""),
        C("""'abcabc'.index()""", """TypeError: index expected at least 1 argument, got 0"""),
        C("""'abcabc'.rindex('b')""", """4"""),
        C("""'abcabc'.rindex('x')""", """ValueError: substring not found"""),
        C("""'abcabc'.rindex('b', 0, 2)""", """1"""),
        C("""'abcabc'.rindex(b'b')""", """TypeError: rindex() argument 1 must be str, not bytes"""),
        C("""'abcabc'.count('b')""", """2"""),
        C("""'abcabc'.count('')""", """7"""),
        C("""''.count('')""", """1"""),
        C("""'abcabc'.count('', 2, 4)""", """3"""),
        C("""'abcabc'.count('', 10)""", """0"""),
        C("""'aaaa'.count('aa')""", """2"""),
        C("""'abcabc'.count('b', 2)""", """1"""),
        C("""'abcabc'.count('b', -2)""", """1"""),
        C("""'a\U0001F600\U0001F600'.count('\U0001F600')""", """2"""),
        C("""'abcabc'.count(1)""", """TypeError: count() argument 1 must be str, not int"""),
        C("""'abcabc'.count()""", """TypeError: count expected at least 1 argument, got 0"""),
        C("""'abcabc'.count('a', None, 'x')""", """TypeError: slice indices must be integers or None or have an __index__ method"""),
    ];

    private static readonly PyCase[] Affixes =
    [
        C("""'hello'.startswith('he')""", """True"""),
        C("""'hello'.startswith('lo')""", """False"""),
        C("""'hello'.startswith('')""", """True"""),
        C("""'hello'.startswith(('x', 'he'))""", """True"""),
        C("""'hello'.startswith(())""", """False"""),
        C("""'hello'.startswith('ll', 2)""", """True"""),
        C("""'hello'.startswith('ll', 2, 3)""", """False"""),
        C("""'hello'.startswith('', 5)""", """True"""),
        C("""'hello'.startswith('', 6)""", """False"""),
        C("""'hello'.startswith('h', -5)""", """True"""),
        C("""'\U0001F600x'.startswith('\U0001F600')""", """True"""),
        C("""'\U0001F600x'.startswith('x', 1)""", """True"""),
        C("""'hello'.startswith(1)""", """TypeError: startswith first arg must be str or a tuple of str, not int"""),
        C("""'hello'.startswith(['h'])""", """TypeError: startswith first arg must be str or a tuple of str, not list"""),
        C("""'hello'.startswith(('h', 1))""", """True"""),
        C("""'hello'.startswith(('x', 1))""", """TypeError: tuple for startswith must only contain str, not int"""),
        C("""'hello'.startswith()""", """TypeError: startswith expected at least 1 argument, got 0"""),
        C("""'hello'.startswith('h', 0, 1, 2)""", """TypeError: startswith expected at most 3 arguments, got 4"""),
        C("""'hello'.startswith('h', 'x')""", """TypeError: slice indices must be integers or None or have an __index__ method"""),
        C("""'hello'.startswith(prefix='h')""", """TypeError: str.startswith() takes no keyword arguments"""),
        C("""'hello'.endswith('lo')""", """True"""),
        C("""'hello'.endswith('he')""", """False"""),
        C("""'hello'.endswith(('x', 'lo'))""", """True"""),
        C("""'hello'.endswith('ll', 0, 4)""", """True"""),
        C("""'hello'.endswith('', 5)""", """True"""),
        C("""'hello'.endswith('', 3, 2)""", """False"""),
        C("""'x\U0001F600'.endswith('\U0001F600')""", """True"""),
        C("""'hello'.endswith(1)""", """TypeError: endswith first arg must be str or a tuple of str, not int"""),
        C("""'hello'.endswith((1,))""", """TypeError: tuple for endswith must only contain str, not int"""),
        C("""'hello'.removeprefix('he')""", """'llo'"""),
        C("""'hello'.removeprefix('lo')""", """'hello'"""),
        C("""'hello'.removeprefix('')""", """'hello'"""),
        C("""'hello'.removeprefix('hello')""", """''"""),
        C("""'\U0001F600x'.removeprefix('\U0001F600')""", """'x'"""),
        C("""s = 'hello'; s.removeprefix('x') is s""", """True"""),
        C("""'hello'.removeprefix(1)""", """TypeError: removeprefix() argument must be str, not int"""),
        C("""'hello'.removeprefix()""", """TypeError: str.removeprefix() takes exactly one argument (0 given)"""),
        C("""'hello'.removeprefix('a', 'b')""", """TypeError: str.removeprefix() takes exactly one argument (2 given)"""),
        C("""'hello'.removesuffix('lo')""", """'hel'"""),
        C("""'hello'.removesuffix('he')""", """'hello'"""),
        C("""'hello'.removesuffix('')""", """'hello'"""),
        C("""'x\U0001F600'.removesuffix('\U0001F600')""", """'x'"""),
        C("""'hello'.removesuffix(b'lo')""", """TypeError: removesuffix() argument must be str, not bytes"""),
    ];

    private static readonly PyCase[] Replace =
    [
        C("""'aaa'.replace('a', 'b')""", """'bbb'"""),
        C("""'aaa'.replace('a', 'b', 2)""", """'bba'"""),
        C("""'aaa'.replace('a', 'b', 0)""", """'aaa'"""),
        C("""'aaa'.replace('a', 'b', -1)""", """'bbb'"""),
        C("""'aaa'.replace('a', 'b', count=1)""", """'baa'"""),
        C("""'abc'.replace('', '-')""", """'-a-b-c-'"""),
        C("""'abc'.replace('', '-', 2)""", """'-a-bc'"""),
        C("""''.replace('', 'x')""", """'x'"""),
        C("""'abc'.replace('b', '')""", """'ac'"""),
        C("""'abc'.replace('x', 'y')""", """'abc'"""),
        C("""s = 'abc'; s.replace('x', 'y') is s""", """True"""),
        C("""'a\U0001F600b'.replace('\U0001F600', '\xe9')""", "'a\u00E9b'"),
        C("""'abc'.replace(1, 'x')""", """TypeError: replace() argument 1 must be str, not int"""),
        C("""'abc'.replace('a', 1)""", """TypeError: replace() argument 2 must be str, not int"""),
        C("""'abc'.replace('a')""", """TypeError: replace() takes at least 2 positional arguments (1 given)"""),
        C("""'abc'.replace()""", """TypeError: replace() takes at least 2 positional arguments (0 given)"""),
        C("""'abc'.replace('a', 'b', 1, 2)""", """TypeError: replace() takes at most 3 arguments (4 given)"""),
        C("""'abc'.replace('a', 'b', 'c')""", """TypeError: 'str' object cannot be interpreted as an integer"""),
        C("""'abc'.replace(old='a', new='b')""", """TypeError: replace() takes at least 2 positional arguments (0 given)"""),
        C("""'abc'.replace('a', 'b', cnt=1)""", """TypeError: replace() got an unexpected keyword argument 'cnt'"""),
        C("""'abc'.replace('a', 'b', 1, count=1)""", """TypeError: replace() takes at most 3 arguments (4 given)"""),
    ];

    private static readonly PyCase[] Case =
    [
        C("""'Hello World'.upper()""", """'HELLO WORLD'"""),
        C("""'Hello World'.lower()""", """'hello world'"""),
        C("""'stra\xdfe'.upper()""", """'STRASSE'"""),
        C("""'\ufb01'.upper()""", """'FI'"""),
        C("""'\u0130'.lower()""", "'i\u0307'"),
        C("""'\u03a3\u03a3'.lower()""", "'\u03C3\u03C2'"),
        C("""'A\u03a3'.lower()""", "'a\u03C2'"),
        C("""'\U00010400'.lower()""", "'\uD801\uDC28'"),
        C("""'hello world'.title()""", """'Hello World'"""),
        C("""'they\'re bill\'s friends'.title()""", "\"They'Re Bill'S Friends\""),
        C("""'\u01c6a'.title()""", "'\u01C5a'"),
        C("""'hELLO wORLD'.capitalize()""", """'Hello world'"""),
        C("""'\u01c6ELLO'.capitalize()""", "'\u01C5ello'"),
        C("""'\xdfa'.capitalize()""", """'Ssa'"""),
        C("""''.capitalize()""", """''"""),
        C("""'Stra\xdfe'.casefold()""", """'strasse'"""),
        C("""'\u1e9e'.casefold()""", """'ss'"""),
        C("""'Hello World'.swapcase()""", """'hELLO wORLD'"""),
        C("""'\xdf\u0130'.swapcase()""", "'SSi\u0307'"),
        C("""'abc'.upper(1)""", """TypeError: str.upper() takes no arguments (1 given)"""),
        C("""'abc'.lower(x=1)""", """TypeError: str.lower() takes no keyword arguments"""),
        C("""'abc'.title(None)""", """TypeError: str.title() takes no arguments (1 given)"""),
        C("""'abc'.casefold(1, 2)""", """TypeError: str.casefold() takes no arguments (2 given)"""),
    ];

    private static readonly PyCase[] Predicates =
    [
        C("""'abc'.isalpha()""", """True"""),
        C("""'ab1'.isalpha()""", """False"""),
        C("""''.isalpha()""", """False"""),
        C("""'\xe9\U00010400'.isalpha()""", """True"""),
        C("""'ab1'.isalnum()""", """True"""),
        C("""'ab 1'.isalnum()""", """False"""),
        C("""'\u00bd'.isalnum()""", """True"""),
        C("""'123'.isdecimal()""", """True"""),
        C("""'\u0663'.isdecimal()""", """True"""),
        C("""'\xb2'.isdecimal()""", """False"""),
        C("""'\xb2'.isdigit()""", """True"""),
        C("""'\xbd'.isdigit()""", """False"""),
        C("""'\xbd'.isnumeric()""", """True"""),
        C("""'\u4e00'.isnumeric()""", """True"""),
        C("""''.isnumeric()""", """False"""),
        C("""' \t\n\x1c\x85\xa0\u3000'.isspace()""", """True"""),
        C("""'\u200b'.isspace()""", """False"""),
        C("""''.isspace()""", """False"""),
        C("""'abc'.islower()""", """True"""),
        C("""'abC'.islower()""", """False"""),
        C("""'123'.islower()""", """False"""),
        C("""'a1'.islower()""", """True"""),
        C("""'ABC'.isupper()""", """True"""),
        C("""'AB1'.isupper()""", """True"""),
        C("""'\u01c5'.isupper()""", """False"""),
        C("""'Hello World'.istitle()""", """True"""),
        C("""'Hello world'.istitle()""", """False"""),
        C("""'\u01c5a'.istitle()""", """True"""),
        C("""''.istitle()""", """False"""),
        C("""'abc'.isascii()""", """True"""),
        C("""''.isascii()""", """True"""),
        C("""'\x7f'.isascii()""", """True"""),
        C("""'\x80'.isascii()""", """False"""),
        C("""'abc'.isidentifier()""", """True"""),
        C("""'_a1'.isidentifier()""", """True"""),
        C("""'1a'.isidentifier()""", """False"""),
        C("""'\xe9t\xe9'.isidentifier()""", """True"""),
        C("""''.isidentifier()""", """False"""),
        C("""'if'.isidentifier()""", """True"""),
        C("""'abc'.isprintable()""", """True"""),
        C("""'a\n'.isprintable()""", """False"""),
        C("""''.isprintable()""", """True"""),
        C("""'\xa0'.isprintable()""", """False"""),
        C("""'\U0001F600'.isprintable()""", """True"""),
        C("""'\ud800'.isprintable()""", """False"""),
        C("""'abc'.isalpha(1)""", """TypeError: str.isalpha() takes no arguments (1 given)"""),
        C("""'abc'.isdigit(None)""", """TypeError: str.isdigit() takes no arguments (1 given)"""),
    ];

    private static readonly PyCase[] Padding =
    [
        C("""'abc'.center(7)""", """'  abc  '"""),
        C("""'abc'.center(6)""", """' abc  '"""),
        C("""'ab'.center(5)""", """'  ab '"""),
        C("""'abc'.center(7, '*')""", """'**abc**'"""),
        C("""'abc'.center(2)""", """'abc'"""),
        C("""'abc'.center(-1)""", """'abc'"""),
        C("""'\U0001F600'.center(3, '\U0001F601')""", "'\uD83D\uDE01\uD83D\uDE00\uD83D\uDE01'"),
        C("""s = 'abc'; s.center(3) is s""", """True"""),
        C("""'abc'.center(7, '')""", """TypeError: The fill character must be exactly one character long"""),
        C("""'abc'.center(7, '**')""", """TypeError: The fill character must be exactly one character long"""),
        C("""'abc'.center(7, 1)""", """TypeError: The fill character must be a unicode character, not int"""),
        C("""'abc'.center(7, b'*')""", """TypeError: The fill character must be a unicode character, not bytes"""),
        C("""'abc'.center('7')""", """TypeError: 'str' object cannot be interpreted as an integer"""),
        C("""'abc'.center(7.0)""", """TypeError: 'float' object cannot be interpreted as an integer"""),
        C("""'abc'.center()""", """TypeError: center expected at least 1 argument, got 0"""),
        C("""'abc'.center(1, 2, 3)""", """TypeError: center expected at most 2 arguments, got 3"""),
        C("""'abc'.center(width=7)""", """TypeError: str.center() takes no keyword arguments"""),
        C("""'abc'.center(10**30)""", """OverflowError: Python int too large to convert to C ssize_t"""),
        C("""'abc'.ljust(6)""", """'abc   '"""),
        C("""'abc'.ljust(6, '-')""", """'abc---'"""),
        C("""'abc'.ljust(2)""", """'abc'"""),
        C("""'abc'.ljust(6, 'ab')""", """TypeError: The fill character must be exactly one character long"""),
        C("""'abc'.ljust()""", """TypeError: ljust expected at least 1 argument, got 0"""),
        C("""'abc'.ljust(6, None)""", """TypeError: The fill character must be a unicode character, not NoneType"""),
        C("""'abc'.rjust(6)""", """'   abc'"""),
        C("""'abc'.rjust(6, '\xe9')""", "'\u00E9\u00E9\u00E9abc'"),
        C("""'abc'.rjust(-6)""", """'abc'"""),
        C("""'abc'.rjust(6, 1)""", """TypeError: The fill character must be a unicode character, not int"""),
        C("""'abc'.rjust(1, 2, 3)""", """TypeError: rjust expected at most 2 arguments, got 3"""),
        C("""'42'.zfill(5)""", """'00042'"""),
        C("""'-42'.zfill(5)""", """'-0042'"""),
        C("""'+42'.zfill(5)""", """'+0042'"""),
        C("""'abc'.zfill(5)""", """'00abc'"""),
        C("""''.zfill(3)""", """'000'"""),
        C("""'-'.zfill(3)""", """'-00'"""),
        C("""'42'.zfill(1)""", """'42'"""),
        C("""'42'.zfill(-1)""", """'42'"""),
        C("""'\U0001F600'.zfill(3)""", "'00\uD83D\uDE00'"),
        C("""'42'.zfill('5')""", """TypeError: 'str' object cannot be interpreted as an integer"""),
        C("""'42'.zfill()""", """TypeError: str.zfill() takes exactly one argument (0 given)"""),
        C("""'42'.zfill(1, 2)""", """TypeError: str.zfill() takes exactly one argument (2 given)"""),
        C("""'42'.zfill(width=5)""", """TypeError: str.zfill() takes no keyword arguments"""),
        C("""'42'.zfill(10**30)""", """OverflowError: Python int too large to convert to C ssize_t"""),
        C("""'a\tb'.expandtabs()""", """'a       b'"""),
        C("""'a\tb'.expandtabs(4)""", """'a   b'"""),
        C("""'a\tb'.expandtabs(0)""", """'ab'"""),
        C("""'a\tb'.expandtabs(-1)""", """'ab'"""),
        C("""'a\tb'.expandtabs(tabsize=2)""", """'a b'"""),
        C("""'ab\ncd\te\r\tf'.expandtabs(4)""", """'ab\ncd  e\r    f'"""),
        C("""'\U0001F600\tx'.expandtabs(4)""", "'\uD83D\uDE00   x'"),
        C("""'a\tb'.expandtabs('4')""", """TypeError: 'str' object cannot be interpreted as an integer"""),
        C("""'a\tb'.expandtabs(4, 5)""", """TypeError: expandtabs() takes at most 1 argument (2 given)"""),
        C("""'a\tb'.expandtabs(size=4)""", """TypeError: expandtabs() got an unexpected keyword argument 'size'"""),
        C("""'a\tb'.expandtabs(10**30)""", """OverflowError: Python int too large to convert to C int"""),
        C64("""'abc'.center(2**40)""", """MemoryError"""),
        C64("""'abc'.ljust(2**40)""", """MemoryError"""),
        C64("""'abc'.rjust(2**62, 'x')""", """MemoryError"""),
        C64("""'abc'.zfill(2**40)""", """MemoryError"""),
        C64("""'a\tb'.expandtabs(2**40)""", """OverflowError: Python int too large to convert to C int"""),
        C64("""'a\tb'.expandtabs(2**62)""", """OverflowError: Python int too large to convert to C int"""),
        C64("""'a\tb\tc'.expandtabs(2**62)""", """OverflowError: Python int too large to convert to C int"""),
    ];

    private static readonly PyCase[] Partition =
    [
        C("""'a=b=c'.partition('=')""", """('a', '=', 'b=c')"""),
        C("""'abc'.partition('=')""", """('abc', '', '')"""),
        C("""'a=b=c'.rpartition('=')""", """('a=b', '=', 'c')"""),
        C("""'abc'.rpartition('=')""", """('', '', 'abc')"""),
        C("""'a\U0001F600b'.partition('\U0001F600')""", "('a', '\uD83D\uDE00', 'b')"),
        C("""'a==b'.partition('==')""", """('a', '==', 'b')"""),
        C("""'abc'.partition('')""", """ValueError: empty separator"""),
        C("""'abc'.rpartition('')""", """ValueError: empty separator"""),
        C("""'abc'.partition(1)""", """TypeError: must be str, not int"""),
        C("""'abc'.rpartition(None)""", """TypeError: must be str, not NoneType"""),
        C("""'abc'.partition()""", """TypeError: str.partition() takes exactly one argument (0 given)"""),
        C("""'abc'.partition('a', 'b')""", """TypeError: str.partition() takes exactly one argument (2 given)"""),
    ];

    private static readonly PyCase[] SplitLines =
    [
        C("""'a\nb\r\nc\rd'.splitlines()""", """['a', 'b', 'c', 'd']"""),
        C("""'a\nb\r\nc\rd'.splitlines(True)""", """['a\n', 'b\r\n', 'c\r', 'd']"""),
        C("""'a\nb\r\nc\rd\n'.splitlines(keepends=True)""", """['a\n', 'b\r\n', 'c\r', 'd\n']"""),
        C("""'a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i'.splitlines()""", """['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']"""),
        C("""''.splitlines()""", """[]"""),
        C("""'\n'.splitlines()""", """['']"""),
        C("""'abc'.splitlines(1)""", """['abc']"""),
        C("""'a\nb'.splitlines(0)""", """['a', 'b']"""),
        C("""'a\nb'.splitlines('yes')""", """['a\n', 'b']"""),
        C("""'a\nb'.splitlines(True, False)""", """TypeError: splitlines() takes at most 1 argument (2 given)"""),
        C("""'a\nb'.splitlines(keep=True)""", """TypeError: splitlines() got an unexpected keyword argument 'keep'"""),
    ];

    private static readonly PyCase[] Translate =
    [
        C("""'abc'.translate({97: 'x', 98: None})""", """'xc'"""),
        C("""'abc'.translate({97: 120})""", """'xbc'"""),
        C("""'abc'.translate({97: 'xyz'})""", """'xyzbc'"""),
        C("""'abc'.translate({})""", """'abc'"""),
        C("""'abc'.translate([None, None])""", """'abc'"""),
        C("""'abc'.translate({97: 0x1F600})""", "'\uD83D\uDE00bc'"),
        C("""'\U0001F600a'.translate({0x1F600: 'x'})""", """'xa'"""),
        C("""'abc'.translate({97: -1})""", """ValueError: character mapping must be in range(0x110000)"""),
        C("""'abc'.translate({97: 0x110000})""", """ValueError: character mapping must be in range(0x110000)"""),
        C("""'abc'.translate({97: 1.5})""", """TypeError: character mapping must return integer, None or str"""),
        C("""'abc'.translate({97: b'x'})""", """TypeError: character mapping must return integer, None or str"""),
        C("""'abc'.translate(1)""", """TypeError: 'int' object is not subscriptable"""),
        C("""'abc'.translate()""", """TypeError: str.translate() takes exactly one argument (0 given)"""),
        C("""'abc'.translate(str.maketrans('ab', 'xy', 'c'))""", """'xy'"""),
        C("""str.maketrans('ab', 'xy')""", """{97: 120, 98: 121}"""),
        C("""str.maketrans('ab', 'xy', 'z')""", """{97: 120, 98: 121, 122: None}"""),
        C("""str.maketrans({'a': 'b', 98: None})""", """{97: 'b', 98: None}"""),
        C("""str.maketrans({'\U0001F600': 1})""", """{128512: 1}"""),
        C("""str.maketrans('\U0001F600', 'x')""", """{128512: 120}"""),
        C("""str.maketrans({'ab': 1})""", """ValueError: string keys in translate table must be of length 1"""),
        C("""str.maketrans({1.5: 1})""", """TypeError: keys in translate table must be strings or integers"""),
        C("""str.maketrans('ab', 'x')""", """ValueError: the first two maketrans arguments must have equal length"""),
        C("""str.maketrans('ab')""", """TypeError: if you give only one argument to maketrans it must be a dict"""),
        C("""str.maketrans(1, 'x')""", """TypeError: first maketrans argument must be a string if there is a second argument"""),
        C("""str.maketrans('a', 1)""", """TypeError: maketrans() argument 2 must be str, not int"""),
        C("""str.maketrans('a', 'b', 1)""", """TypeError: maketrans() argument 3 must be str, not int"""),
        C("""str.maketrans()""", """TypeError: maketrans expected at least 1 argument, got 0"""),
        C("""str.maketrans('a', 'b', 'c', 'd')""", """TypeError: maketrans expected at most 3 arguments, got 4"""),
        C("""'x'.maketrans('a', 'b')""", """{97: 98}"""),
    ];

    private static readonly PyCase[] Encode =
    [
        C("""'h\xe9llo'.encode()""", """b'h\xc3\xa9llo'"""),
        C("""'h\xe9llo'.encode('latin-1')""", """b'h\xe9llo'"""),
        C("""'h\xe9llo'.encode(encoding='ascii', errors='replace')""", """b'h?llo'"""),
        C("""'h\xe9llo'.encode('ascii')""", """UnicodeEncodeError: 'ascii' codec can't encode character '\xe9' in position 1: ordinal not in range(128)"""),
        C("""'h\xe9llo'.encode(1)""", """TypeError: encode() argument 'encoding' must be str, not int"""),
        C("""'h\xe9llo'.encode('ascii', 1)""", """TypeError: encode() argument 'errors' must be str, not int"""),
        C("""'h\xe9llo'.encode('no-such-codec')""", """LookupError: unknown encoding: no-such-codec"""),
        C("""'h\xe9llo'.encode('utf-8', 'strict', 1)""", """TypeError: encode() takes at most 2 arguments (3 given)"""),
    ];

    public static IEnumerable<TestCaseData> JoinCases() => Cases(Join);

    public static IEnumerable<TestCaseData> SplitCases() => Cases(Split);

    public static IEnumerable<TestCaseData> StripCases() => Cases(Strip);

    public static IEnumerable<TestCaseData> SearchCases() => Cases(Search);

    public static IEnumerable<TestCaseData> AffixCases() => Cases(Affixes);

    public static IEnumerable<TestCaseData> ReplaceCases() => Cases(Replace);

    public static IEnumerable<TestCaseData> CaseCases() => Cases(Case);

    public static IEnumerable<TestCaseData> PredicateCases() => Cases(Predicates);

    public static IEnumerable<TestCaseData> PaddingCases() => Cases(Padding);

    public static IEnumerable<TestCaseData> PartitionCases() => Cases(Partition);

    public static IEnumerable<TestCaseData> SplitLinesCases() => Cases(SplitLines);

    public static IEnumerable<TestCaseData> TranslateCases() => Cases(Translate);

    public static IEnumerable<TestCaseData> EncodeCases() => Cases(Encode);

    [TestCaseSource(nameof(JoinCases))]
    public void JoinConcatenatesStrItemsAsInCPython(PyCase c)
    {
        // spec: OBJ-STR-2
        Check(c);
    }

    [TestCaseSource(nameof(SplitCases))]
    public void SplitAndRsplitBehaveAsInCPython(PyCase c)
    {
        // spec: OBJ-STR-2
        Check(c);
    }

    [TestCaseSource(nameof(StripCases))]
    public void TheStripFamilyBehavesAsInCPython(PyCase c)
    {
        // spec: OBJ-STR-2
        Check(c);
    }

    [TestCaseSource(nameof(SearchCases))]
    public void FindIndexAndCountCountCodePointsAsInCPython(PyCase c)
    {
        // spec: OBJ-STR-2
        Check(c);
    }

    [TestCaseSource(nameof(AffixCases))]
    public void PrefixAndSuffixMethodsBehaveAsInCPython(PyCase c)
    {
        // spec: OBJ-STR-2
        Check(c);
    }

    [TestCaseSource(nameof(ReplaceCases))]
    public void ReplaceBehavesAsInCPython(PyCase c)
    {
        // spec: OBJ-STR-2
        Check(c);
    }

    [TestCaseSource(nameof(CaseCases))]
    public void CaseMappingsUseFullUnicodeMappingsAsInCPython(PyCase c)
    {
        // spec: OBJ-STR-2
        Check(c);
    }

    [TestCaseSource(nameof(PredicateCases))]
    public void TheIsPredicatesBehaveAsInCPython(PyCase c)
    {
        // spec: OBJ-STR-2
        Check(c);
    }

    [TestCaseSource(nameof(PaddingCases))]
    public void PaddingMethodsBehaveAsInCPython(PyCase c)
    {
        // spec: OBJ-STR-2, OBJ-ERR-2
        Check(c);
    }

    [TestCaseSource(nameof(PartitionCases))]
    public void PartitionAndRpartitionBehaveAsInCPython(PyCase c)
    {
        // spec: OBJ-STR-2
        Check(c);
    }

    [TestCaseSource(nameof(SplitLinesCases))]
    public void SplitlinesBreaksAtEveryUnicodeLineBoundaryAsInCPython(PyCase c)
    {
        // spec: OBJ-STR-2
        Check(c);
    }

    [TestCaseSource(nameof(TranslateCases))]
    public void TranslateAndMaketransBehaveAsInCPython(PyCase c)
    {
        // spec: OBJ-STR-2
        Check(c);
    }

    [TestCaseSource(nameof(EncodeCases))]
    public void EncodeChecksItsArgumentsAsInCPython(PyCase c)
    {
        // spec: OBJ-STR-2, OBJ-BYTES-2
        Check(c);
    }
}
