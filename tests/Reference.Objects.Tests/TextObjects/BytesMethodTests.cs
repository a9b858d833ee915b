// OBJ-BYTES-1: the methods bytes and bytearray share (bytes_methods.c and the bytes/bytearray
// method tables), with CPython's argument errors; a bytearray's methods return bytearrays.
using NUnit.Framework;

namespace Reference.Objects.Tests.TextObjects;

[TestFixture]
public sealed class BytesMethodTests : TextTest
{
    private static readonly PyCase[] Searching =
    [
        C("""b'abcabc'.find(b'c')""", """2"""),
        C("""b'abcabc'.find(99)""", """2"""),
        C("""b'abcabc'.find(b'c', 3)""", """5"""),
        C("""b'abcabc'.find(b'c', 3, 5)""", """-1"""),
        C("""b'abcabc'.find(b'c', -1)""", """5"""),
        C("""b'abcabc'.find(b'c', None, None)""", """2"""),
        C("""b'abcabc'.find(b'')""", """0"""),
        C("""b'abcabc'.find(b'', 7)""", """-1"""),
        C("""b'abcabc'.find(b'x')""", """-1"""),
        C("""b'abcabc'.find(bytearray(b'b'))""", """1"""),
        C("""b'abcabc'.find(memoryview(b'b'))""", """1"""),
        C("""b'abcabc'.find('b')""", """TypeError: argument should be integer or bytes-like object, not 'str'"""),
        C("""b'abcabc'.find(256)""", """ValueError: byte must be in range(0, 256)"""),
        C("""b'abcabc'.find(-1)""", """ValueError: byte must be in range(0, 256)"""),
        C("""b'abcabc'.find(1.5)""", """TypeError: argument should be integer or bytes-like object, not 'float'"""),
        C("""b'abcabc'.find(b'a', 'x')""", """TypeError: slice indices must be integers or None or have an __index__ method"""),
        C("""b'abcabc'.find()""", """TypeError: find expected at least 1 argument, got 0"""),
        C("""b'abcabc'.find(b'a', 1, 2, 3)""", """TypeError: find expected at most 3 arguments, got 4"""),
        C("""b'abcabc'.find(sub=b'a')""", """TypeError: bytes.find() takes no keyword arguments"""),
        C("""b'abcabc'.rfind(b'c')""", """5"""),
        C("""b'abcabc'.rfind(99, 0, 5)""", """2"""),
        C("""b'abcabc'.rfind(b'')""", """6"""),
        C("""b'abcabc'.rfind(b'x')""", """-1"""),
        C("""b'abcabc'.rfind('c')""", """TypeError: argument should be integer or bytes-like object, not 'str'"""),
        C("""b'abcabc'.index(b'b')""", """1"""),
        C("""b'abcabc'.index(b'b', 2)""", """4"""),
        C("""b'abcabc'.index(b'x')""", """ValueError: subsection not found"""),
        C("""b'abcabc'.index(b'a', 4, 2)""", """ValueError: subsection not found"""),
        C("""b'abcabc'.rindex(b'b')""", """4"""),
        C("""b'abcabc'.rindex(98, 0, 3)""", """1"""),
        C("""b'abcabc'.rindex(b'x')""", """ValueError: subsection not found"""),
        C("""b'abcabc'.rindex()""", """TypeError: rindex expected at least 1 argument, got 0"""),
        C("""b'abcabc'.count(b'b')""", """2"""),
        C("""b'abcabc'.count(98)""", """2"""),
        C("""b'abcabc'.count(b'')""", """7"""),
        C("""b'aaaa'.count(b'aa')""", """2"""),
        C("""b'abcabc'.count(b'b', 2)""", """1"""),
        C("""b'abcabc'.count(b'b', 2, 1)""", """0"""),
        C("""b'abcabc'.count('b')""", """TypeError: argument should be integer or bytes-like object, not 'str'"""),
        C("""b'abcabc'.count()""", """TypeError: count expected at least 1 argument, got 0"""),
        C("""b'hello'.startswith(b'he')""", """True"""),
        C("""b'hello'.startswith((b'x', b'he'))""", """True"""),
        C("""b'hello'.startswith(bytearray(b'he'))""", """True"""),
        C("""b'hello'.startswith(b'll', 2)""", """True"""),
        C("""b'hello'.startswith(b'll', 2, 3)""", """False"""),
        C("""b'hello'.startswith(b'', 5)""", """True"""),
        C("""b'hello'.startswith(b'', 6)""", """False"""),
        C("""b'hello'.startswith('he')""", """TypeError: startswith first arg must be bytes or a tuple of bytes, not str"""),
        C("""b'hello'.startswith(104)""", """TypeError: startswith first arg must be bytes or a tuple of bytes, not int"""),
        C("""b'hello'.startswith((b'h', 'x'))""", """True"""),
        C("""b'hello'.startswith()""", """TypeError: startswith expected at least 1 argument, got 0"""),
        C("""b'hello'.startswith(b'h', 'x')""", """TypeError: slice indices must be integers or None or have an __index__ method"""),
        C("""b'hello'.endswith(b'lo')""", """True"""),
        C("""b'hello'.endswith(b'll', 0, 4)""", """True"""),
        C("""b'hello'.endswith(b'', 3, 2)""", """False"""),
        C("""b'hello'.endswith('lo')""", """TypeError: endswith first arg must be bytes or a tuple of bytes, not str"""),
        C("""b'hello'.endswith([b'lo'])""", """TypeError: endswith first arg must be bytes or a tuple of bytes, not list"""),
        C("""b'hello'.removeprefix(b'he')""", """b'llo'"""),
        C("""b'hello'.removeprefix(b'x')""", """b'hello'"""),
        C("""b = b'hello'; b.removeprefix(b'x') is b""", """True"""),
        C("""b'hello'.removeprefix(bytearray(b'h'))""", """b'ello'"""),
        C("""b'hello'.removeprefix('h')""", """TypeError: a bytes-like object is required, not 'str'"""),
        C("""b'hello'.removeprefix()""", """TypeError: bytes.removeprefix() takes exactly one argument (0 given)"""),
        C("""b'hello'.removesuffix(b'lo')""", """b'hel'"""),
        C("""b'hello'.removesuffix(b'')""", """b'hello'"""),
        C("""b'hello'.removesuffix(1)""", """TypeError: a bytes-like object is required, not 'int'"""),
    ];

    private static readonly PyCase[] SplittingAndJoining =
    [
        C("""b'a b  c'.split()""", """[b'a', b'b', b'c']"""),
        C("""b'  a\tb\nc \x0b\x0c'.split()""", """[b'a', b'b', b'c']"""),
        C("""b'a\x1cb\x85c'.split()""", """[b'a\x1cb\x85c']"""),
        C("""b'a b c'.split(None, 1)""", """[b'a', b'b c']"""),
        C("""b'  a b c  '.split(maxsplit=1)""", """[b'a', b'b c  ']"""),
        C("""b'  a b c  '.split(maxsplit=0)""", """[b'a b c  ']"""),
        C("""b''.split()""", """[]"""),
        C("""b'a,b,,c'.split(b',')""", """[b'a', b'b', b'', b'c']"""),
        C("""b'a,b,,c'.split(b',', 1)""", """[b'a', b'b,,c']"""),
        C("""b'a,b,,c'.split(sep=b',')""", """[b'a', b'b', b'', b'c']"""),
        C("""b'a,b,,c'.split(sep=b',', maxsplit=2)""", """[b'a', b'b', b',c']"""),
        C("""b'a,b,,c'.split(bytearray(b','))""", """[b'a', b'b', b'', b'c']"""),
        C("""b''.split(b',')""", """[b'']"""),
        C("""b'a,b'.split(b'')""", """ValueError: empty separator"""),
        C("""b'a,b'.split(',')""", """TypeError: a bytes-like object is required, not 'str'"""),
        C("""b'a,b'.split(44)""", """TypeError: a bytes-like object is required, not 'int'"""),
        C("""b'a,b'.split(b',', '1')""", """TypeError: 'str' object cannot be interpreted as an integer"""),
        C("""b'a,b'.split(b',', 1, 2)""", """TypeError: split() takes at most 2 arguments (3 given)"""),
        C("""b'a,b'.split(x=1)""", """TypeError: split() got an unexpected keyword argument 'x'"""),
        C("""b'a b c'.rsplit()""", """[b'a', b'b', b'c']"""),
        C("""b'  a b c  '.rsplit(None, 1)""", """[b'  a b', b'c']"""),
        C("""b'  a b c  '.rsplit(maxsplit=0)""", """[b'  a b c']"""),
        C("""b'a,b,c'.rsplit(b',', 1)""", """[b'a,b', b'c']"""),
        C("""b'a,b,c'.rsplit(sep=b',')""", """[b'a', b'b', b'c']"""),
        C("""b'aaa'.rsplit(b'aa')""", """[b'a', b'']"""),
        C("""b'a,b'.rsplit(b'')""", """ValueError: empty separator"""),
        C("""b'a,b'.rsplit('x')""", """TypeError: a bytes-like object is required, not 'str'"""),
        C("""b'a,b'.rsplit(b',', 1, 2)""", """TypeError: rsplit() takes at most 2 arguments (3 given)"""),
        C("""b'a=b=c'.partition(b'=')""", """(b'a', b'=', b'b=c')"""),
        C("""b'abc'.partition(b'=')""", """(b'abc', b'', b'')"""),
        C("""b'a=b=c'.rpartition(b'=')""", """(b'a=b', b'=', b'c')"""),
        C("""b'abc'.rpartition(b'=')""", """(b'', b'', b'abc')"""),
        C("""b'a=b'.partition(bytearray(b'='))""", """(b'a', bytearray(b'='), b'b')"""),
        C("""b'abc'.partition(b'')""", """ValueError: empty separator"""),
        C("""b'abc'.partition('=')""", """TypeError: a bytes-like object is required, not 'str'"""),
        C("""b'abc'.rpartition(61)""", """TypeError: a bytes-like object is required, not 'int'"""),
        C("""b'abc'.partition()""", """TypeError: bytes.partition() takes exactly one argument (0 given)"""),
        C("""b'a\nb\r\nc\rd'.splitlines()""", """[b'a', b'b', b'c', b'd']"""),
        C("""b'a\nb\r\nc\rd\n'.splitlines(True)""", """[b'a\n', b'b\r\n', b'c\r', b'd\n']"""),
        C("""b'a\nb'.splitlines(keepends=True)""", """[b'a\n', b'b']"""),
        C("""b'a\x0bb\x0cc\x1cd\x85e'.splitlines()""", """[b'a\x0bb\x0cc\x1cd\x85e']"""),
        C("""b''.splitlines()""", """[]"""),
        C("""b'a\nb'.splitlines(True, 1)""", """TypeError: splitlines() takes at most 1 argument (2 given)"""),
        C("""b'a\nb'.splitlines(keep=1)""", """TypeError: splitlines() got an unexpected keyword argument 'keep'"""),
        C("""b','.join([b'a', b'b'])""", """b'a,b'"""),
        C("""b','.join([b'a', bytearray(b'b'), memoryview(b'c')])""", """b'a,b,c'"""),
        C("""b','.join([])""", """b''"""),
        C("""b','.join((b'x',))""", """b'x'"""),
        C("""b','.join([b'a', 'b'])""", """TypeError: sequence item 1: expected a bytes-like object, str found"""),
        C("""b','.join([b'a', 1])""", """TypeError: sequence item 1: expected a bytes-like object, int found"""),
        C("""b','.join(1)""", """TypeError: can only join an iterable"""),
        C("""b','.join()""", """TypeError: bytes.join() takes exactly one argument (0 given)"""),
        C("""bytearray(b',').join([b'a', b'b'])""", """bytearray(b'a,b')"""),
        C("""bytes.join(b'-', [b'a', b'b'])""", """b'a-b'"""),
    ];

    private static readonly PyCase[] StrippingAndPadding =
    [
        C("""b'  a b  '.strip()""", """b'a b'"""),
        C("""b'\t\n\x0b\x0c\r a \x1c'.strip()""", """b'a \x1c'"""),
        C("""b'  a  '.lstrip()""", """b'a  '"""),
        C("""b'  a  '.rstrip()""", """b'  a'"""),
        C("""b'xyaxy'.strip(b'yx')""", """b'a'"""),
        C("""b'xyaxy'.lstrip(b'yx')""", """b'axy'"""),
        C("""b'xyaxy'.rstrip(bytearray(b'yx'))""", """b'xya'"""),
        C("""b'  a  '.strip(None)""", """b'a'"""),
        C("""b = b'abc'; b.strip() is b""", """True"""),
        C("""b'abc'.strip('a')""", """TypeError: a bytes-like object is required, not 'str'"""),
        C("""b'abc'.strip(97)""", """TypeError: a bytes-like object is required, not 'int'"""),
        C("""b'abc'.strip(b'a', b'b')""", """TypeError: strip expected at most 1 argument, got 2"""),
        C("""b'abc'.center(7)""", """b'  abc  '"""),
        C("""b'abc'.center(6, b'*')""", """b'*abc**'"""),
        C("""b'ab'.center(5)""", """b'  ab '"""),
        C("""b'abc'.center(2)""", """b'abc'"""),
        C("""b'abc'.center(7, bytearray(b'*'))""", """b'**abc**'"""),
        C("""b'abc'.center(7, b'**')""", """TypeError: center(): argument 2 must be a byte string of length 1, not a bytes object of length 2"""),
        C("""b'abc'.center(7, '*')""", """TypeError: center() argument 2 must be a byte string of length 1, not str"""),
        C("""b'abc'.center(7, 42)""", """TypeError: center() argument 2 must be a byte string of length 1, not int"""),
        C("""b'abc'.center('7')""", """TypeError: 'str' object cannot be interpreted as an integer"""),
        C("""b'abc'.center()""", """TypeError: center expected at least 1 argument, got 0"""),
        C("""b'abc'.center(10**30)""", """OverflowError: Python int too large to convert to C ssize_t"""),
        C("""b'abc'.ljust(6)""", """b'abc   '"""),
        C("""b'abc'.ljust(6, b'-')""", """b'abc---'"""),
        C("""b'abc'.ljust(1)""", """b'abc'"""),
        C("""b'abc'.rjust(6)""", """b'   abc'"""),
        C("""b'abc'.rjust(6, b'0')""", """b'000abc'"""),
        C("""b'abc'.rjust(1, 2, 3)""", """TypeError: rjust expected at most 2 arguments, got 3"""),
        C("""b'42'.zfill(5)""", """b'00042'"""),
        C("""b'-42'.zfill(5)""", """b'-0042'"""),
        C("""b'+42'.zfill(5)""", """b'+0042'"""),
        C("""b''.zfill(2)""", """b'00'"""),
        C("""b'42'.zfill(1)""", """b'42'"""),
        C("""b'42'.zfill('5')""", """TypeError: 'str' object cannot be interpreted as an integer"""),
        C("""b'42'.zfill()""", """TypeError: bytes.zfill() takes exactly one argument (0 given)"""),
        C("""b'a\tb'.expandtabs()""", """b'a       b'"""),
        C("""b'a\tb'.expandtabs(4)""", """b'a   b'"""),
        C("""b'a\tb'.expandtabs(tabsize=2)""", """b'a b'"""),
        C("""b'a\tb'.expandtabs(0)""", """b'ab'"""),
        C("""b'ab\ncd\te\r\tf'.expandtabs(4)""", """b'ab\ncd  e\r    f'"""),
        C("""b'a\tb'.expandtabs('4')""", """TypeError: 'str' object cannot be interpreted as an integer"""),
        C("""b'a\tb'.expandtabs(4, 5)""", """TypeError: expandtabs() takes at most 1 argument (2 given)"""),
        C64("""b'abc'.center(2**40)""", """MemoryError"""),
        C64("""b'abc'.ljust(2**62)""", """MemoryError"""),
        C64("""b'abc'.zfill(2**40)""", """MemoryError"""),
        C64("""b'a\tb'.expandtabs(2**40)""", """OverflowError: Python int too large to convert to C int"""),
    ];

    private static readonly PyCase[] CaseAndPredicates =
    [
        C("""b'Hello World \xe9'.upper()""", """b'HELLO WORLD \xe9'"""),
        C("""b'Hello World \xc9'.lower()""", """b'hello world \xc9'"""),
        C("""b'hello world'.title()""", """b'Hello World'"""),
        C("""b"they're 1st".title()""", "b\"They'Re 1St\""),
        C("""b'hELLO wORLD'.capitalize()""", """b'Hello world'"""),
        C("""b''.capitalize()""", """b''"""),
        C("""b'Hello \xe9'.swapcase()""", """b'hELLO \xe9'"""),
        C("""b'abc'.upper(1)""", """TypeError: bytes.upper() takes no arguments (1 given)"""),
        C("""b'abc'.isalpha()""", """True"""),
        C("""b'ab1'.isalpha()""", """False"""),
        C("""b'\xe9'.isalpha()""", """False"""),
        C("""b''.isalpha()""", """False"""),
        C("""b'ab1'.isalnum()""", """True"""),
        C("""b'ab 1'.isalnum()""", """False"""),
        C("""b''.isalnum()""", """False"""),
        C("""b'123'.isdigit()""", """True"""),
        C("""b'12a'.isdigit()""", """False"""),
        C("""b' \t\n\x0b\x0c\r'.isspace()""", """True"""),
        C("""b'\x1c'.isspace()""", """False"""),
        C("""b'abc1'.islower()""", """True"""),
        C("""b'aBc'.islower()""", """False"""),
        C("""b'123'.islower()""", """False"""),
        C("""b'ABC1'.isupper()""", """True"""),
        C("""b'AbC'.isupper()""", """False"""),
        C("""b''.isupper()""", """False"""),
        C("""b'Hello World'.istitle()""", """True"""),
        C("""b'Hello world'.istitle()""", """False"""),
        C("""b'HeLlo'.istitle()""", """False"""),
        C("""b''.istitle()""", """False"""),
        C("""b'abc\x7f'.isascii()""", """True"""),
        C("""b'\x80'.isascii()""", """False"""),
        C("""b''.isascii()""", """True"""),
        C("""b'abc'.isascii(1)""", """TypeError: bytes.isascii() takes no arguments (1 given)"""),
    ];

    private static readonly PyCase[] ReplaceAndTranslate =
    [
        C("""b'aaa'.replace(b'a', b'b')""", """b'bbb'"""),
        C("""b'aaa'.replace(b'a', b'b', 2)""", """b'bba'"""),
        C("""b'aaa'.replace(b'a', b'b', count=1)""", """TypeError: bytes.replace() takes no keyword arguments"""),
        C("""b'aaa'.replace(b'a', b'bc', -1)""", """b'bcbcbc'"""),
        C("""b'aaa'.replace(b'aa', b'')""", """b'a'"""),
        C("""b'abc'.replace(b'', b'-')""", """b'-a-b-c-'"""),
        C("""b'abc'.replace(b'', b'-', 2)""", """b'-a-bc'"""),
        C("""b''.replace(b'', b'x')""", """b'x'"""),
        C("""b'abc'.replace(b'x', b'y')""", """b'abc'"""),
        C("""b = b'abc'; b.replace(b'x', b'y') is b""", """True"""),
        C("""b'abc'.replace(bytearray(b'b'), memoryview(b'B'))""", """b'aBc'"""),
        C("""b'abc'.replace('a', b'b')""", """TypeError: a bytes-like object is required, not 'str'"""),
        C("""b'abc'.replace(b'a', 'b')""", """TypeError: a bytes-like object is required, not 'str'"""),
        C("""b'abc'.replace(b'a')""", """TypeError: replace expected at least 2 arguments, got 1"""),
        C("""b'abc'.replace(b'a', b'b', 'c')""", """TypeError: 'str' object cannot be interpreted as an integer"""),
        C("""b'abc'.replace(b'a', b'b', 1, 2)""", """TypeError: replace expected at most 3 arguments, got 4"""),
        C("""b'abc'.translate(None)""", """b'abc'"""),
        C("""b'abc'.translate(None, b'b')""", """b'ac'"""),
        C("""b'abc'.translate(None, delete=b'ac')""", """b'b'"""),
        C("""b'abc'.translate(bytes.maketrans(b'abc', b'xyz'))""", """b'xyz'"""),
        C("""b'abc'.translate(bytes.maketrans(b'abc', b'xyz'), b'b')""", """b'xz'"""),
        C("""b'abc'.translate(b'short')""", """ValueError: translation table must be 256 characters long"""),
        C("""b'abc'.translate('x' * 256)""", """TypeError: a bytes-like object is required, not 'str'"""),
        C("""b'abc'.translate(None, 'b')""", """TypeError: a bytes-like object is required, not 'str'"""),
        C("""b'abc'.translate()""", """TypeError: translate() takes at least 1 positional argument (0 given)"""),
        C("""bytes.maketrans(b'ab', b'xy')[97:99]""", """b'xy'"""),
        C("""len(bytes.maketrans(b'', b''))""", """256"""),
        C("""bytes.maketrans(bytearray(b'a'), memoryview(b'b'))[97]""", """98"""),
        C("""bytes.maketrans(b'ab', b'x')""", """ValueError: maketrans arguments must have same length"""),
        C("""bytes.maketrans('a', b'x')""", """TypeError: a bytes-like object is required, not 'str'"""),
        C("""bytes.maketrans(b'a')""", """TypeError: maketrans expected 2 arguments, got 1"""),
        C("""bytearray.maketrans(b'a', b'b')[97]""", """98"""),
        C("""type(bytearray.maketrans(b'a', b'b'))""", """<class 'bytes'>"""),
    ];

    private static readonly PyCase[] HexAndDecode =
    [
        C("""b'\x00\xab\xff'.hex()""", """'00abff'"""),
        C("""b''.hex()""", """''"""),
        C("""b'\x01\x02\x03\x04\x05'.hex(':')""", """'01:02:03:04:05'"""),
        C("""b'\x01\x02\x03\x04\x05'.hex(':', 2)""", """'01:0203:0405'"""),
        C("""b'\x01\x02\x03\x04\x05'.hex(':', -2)""", """'0102:0304:05'"""),
        C("""b'\x01\x02\x03\x04\x05'.hex(b'-', 3)""", """'0102-030405'"""),
        C("""b'\x01\x02\x03\x04\x05'.hex(':', 0)""", """'0102030405'"""),
        C("""b'\x01\x02'.hex(sep='|')""", """'01|02'"""),
        C("""b'\x01\x02\x03'.hex(sep=' ', bytes_per_sep=2)""", """'01 0203'"""),
        C("""b'\x01\x02'.hex('::')""", """ValueError: sep must be length 1."""),
        C("""b'\x01\x02'.hex('')""", """ValueError: sep must be length 1."""),
        C("""b'\x01\x02'.hex('\xe9')""", """ValueError: sep must be ASCII."""),
        C("""b'\x01\x02'.hex(1)""", """TypeError: object of type 'int' has no len()"""),
        C("""b'\x01\x02'.hex(':', 'x')""", """TypeError: 'str' object cannot be interpreted as an integer"""),
        C("""b'\x01\x02'.hex(':', 1, 2)""", """TypeError: hex() takes at most 2 arguments (3 given)"""),
        C("""bytearray(b'\xde\xad').hex()""", """'dead'"""),
        C("""bytes.fromhex('00abFF')""", """b'\x00\xab\xff'"""),
        C("""bytes.fromhex(' 01 02\t03\n')""", """b'\x01\x02\x03'"""),
        C("""bytes.fromhex('')""", """b''"""),
        C("""bytes.fromhex('0')""", """ValueError: fromhex() arg must contain an even number of hexadecimal digits"""),
        C("""bytes.fromhex('0g')""", """ValueError: non-hexadecimal number found in fromhex() arg at position 1"""),
        C("""bytes.fromhex('g0')""", """ValueError: non-hexadecimal number found in fromhex() arg at position 0"""),
        C("""bytes.fromhex('01 2')""", """ValueError: fromhex() arg must contain an even number of hexadecimal digits"""),
        C("""bytes.fromhex('0 1')""", """ValueError: non-hexadecimal number found in fromhex() arg at position 1"""),
        C("""bytes.fromhex('\xe9')""", """ValueError: non-hexadecimal number found in fromhex() arg at position 0"""),
        C("""bytes.fromhex(b'0102')""", """b'\x01\x02'"""),
        C("""bytes.fromhex(bytearray(b'01 02'))""", """b'\x01\x02'"""),
        C("""bytes.fromhex(1)""", """TypeError: fromhex() argument must be str or bytes-like, not int"""),
        C("""bytes.fromhex()""", """TypeError: bytes.fromhex() takes exactly one argument (0 given)"""),
        C("""bytearray.fromhex('0102')""", """bytearray(b'\x01\x02')"""),
        C("""b'x'.fromhex('41')""", """b'A'"""),
        C("""b'caf\xc3\xa9'.decode()""", "'caf\u00E9'"),
        C("""b'caf\xc3\xa9'.decode('latin-1')""", "'caf\u00C3\u00A9'"),
        C("""b'caf\xe9'.decode('utf-8', 'replace')""", "'caf\uFFFD'"),
        C("""b'caf\xe9'.decode(encoding='ascii', errors='ignore')""", """'caf'"""),
        C("""b'caf\xe9'.decode('utf-8')""", """UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 3: unexpected end of data"""),
        C("""b'abc'.decode(1)""", """TypeError: decode() argument 'encoding' must be str, not int"""),
        C("""b'abc'.decode('utf-8', 1)""", """TypeError: decode() argument 'errors' must be str, not int"""),
        C("""b'abc'.decode('nope')""", """LookupError: unknown encoding: nope"""),
        C("""b'abc'.decode('utf-8', 'strict', 1)""", """TypeError: decode() takes at most 2 arguments (3 given)"""),
        C("""bytearray(b'caf\xc3\xa9').decode()""", "'caf\u00E9'"),
    ];

    private static readonly PyCase[] ByteArrayResults =
    [
        C("""bytearray(b'a b').split()""", """[bytearray(b'a'), bytearray(b'b')]"""),
        C("""bytearray(b'a,b').rsplit(b',')""", """[bytearray(b'a'), bytearray(b'b')]"""),
        C("""bytearray(b'a=b').partition(b'=')""", """(bytearray(b'a'), bytearray(b'='), bytearray(b'b'))"""),
        C("""bytearray(b'a=b').rpartition(b'x')""", """(bytearray(b''), bytearray(b''), bytearray(b'a=b'))"""),
        C("""bytearray(b' a ').strip()""", """bytearray(b'a')"""),
        C("""bytearray(b'abc').center(5)""", """bytearray(b' abc ')"""),
        C("""bytearray(b'abc').ljust(2)""", """bytearray(b'abc')"""),
        C("""b = bytearray(b'abc'); b.ljust(2) is b""", """False"""),
        C("""bytearray(b'12').zfill(4)""", """bytearray(b'0012')"""),
        C("""bytearray(b'a\tb').expandtabs(2)""", """bytearray(b'a b')"""),
        C("""bytearray(b'abc').upper()""", """bytearray(b'ABC')"""),
        C("""bytearray(b'ABC').lower()""", """bytearray(b'abc')"""),
        C("""bytearray(b'ab cd').title()""", """bytearray(b'Ab Cd')"""),
        C("""bytearray(b'ab').capitalize()""", """bytearray(b'Ab')"""),
        C("""bytearray(b'aB').swapcase()""", """bytearray(b'Ab')"""),
        C("""bytearray(b'abc').replace(b'b', b'x')""", """bytearray(b'axc')"""),
        C("""b = bytearray(b'abc'); b.replace(b'x', b'y') is b""", """False"""),
        C("""bytearray(b'abc').removeprefix(b'a')""", """bytearray(b'bc')"""),
        C("""b = bytearray(b'abc'); b.removeprefix(b'x') is b""", """False"""),
        C("""bytearray(b'abc').removesuffix(b'c')""", """bytearray(b'ab')"""),
        C("""bytearray(b'abc').translate(None, b'b')""", """bytearray(b'ac')"""),
        C("""bytearray(b'a\nb').splitlines()""", """[bytearray(b'a'), bytearray(b'b')]"""),
        C("""bytearray(b'abcabc').rfind(b'b')""", """4"""),
        C("""bytearray(b'abcabc').rindex(98)""", """4"""),
        C("""bytearray(b'ab').isalnum()""", """True"""),
        C("""bytearray(b'Ab').istitle()""", """True"""),
        C("""bytearray(b'ab').islower()""", """True"""),
        C("""bytearray(b'AB').isupper()""", """True"""),
        C("""bytearray(b'ab').isascii()""", """True"""),
        C("""bytearray(b'abc').startswith(b'a')""", """True"""),
        C("""bytearray(b'abc').endswith((b'x', b'c'))""", """True"""),
        C("""bytearray(b'abc').count(b'c')""", """1"""),
        C("""bytearray(b'abc').index(b'c')""", """2"""),
        C("""bytearray(b'abc').find(99)""", """2"""),
    ];

    public static IEnumerable<TestCaseData> SearchingCases() => Cases(Searching);

    public static IEnumerable<TestCaseData> SplittingCases() => Cases(SplittingAndJoining);

    public static IEnumerable<TestCaseData> StrippingCases() => Cases(StrippingAndPadding);

    public static IEnumerable<TestCaseData> CaseCases() => Cases(CaseAndPredicates);

    public static IEnumerable<TestCaseData> ReplaceCases() => Cases(ReplaceAndTranslate);

    public static IEnumerable<TestCaseData> HexCases() => Cases(HexAndDecode);

    public static IEnumerable<TestCaseData> ByteArrayCases() => Cases(ByteArrayResults);

    [TestCaseSource(nameof(SearchingCases))]
    public void SearchingMethodsAcceptBytesLikeObjectsAndIntsAsInCPython(PyCase c)
    {
        // spec: OBJ-BYTES-1
        Check(c);
    }

    [TestCaseSource(nameof(SplittingCases))]
    public void SplittingAndJoiningBehaveAsInCPython(PyCase c)
    {
        // spec: OBJ-BYTES-1
        Check(c);
    }

    [TestCaseSource(nameof(StrippingCases))]
    public void StrippingAndPaddingBehaveAsInCPython(PyCase c)
    {
        // spec: OBJ-BYTES-1, OBJ-ERR-2
        Check(c);
    }

    [TestCaseSource(nameof(CaseCases))]
    public void CaseMappingsAndPredicatesAreAsciiOnlyAsInCPython(PyCase c)
    {
        // spec: OBJ-BYTES-1
        Check(c);
    }

    [TestCaseSource(nameof(ReplaceCases))]
    public void ReplaceTranslateAndMaketransBehaveAsInCPython(PyCase c)
    {
        // spec: OBJ-BYTES-1
        Check(c);
    }

    [TestCaseSource(nameof(HexCases))]
    public void HexFromhexAndDecodeBehaveAsInCPython(PyCase c)
    {
        // spec: OBJ-BYTES-1, OBJ-BYTES-2
        Check(c);
    }

    [TestCaseSource(nameof(ByteArrayCases))]
    public void BytearrayMethodsReturnBytearraysAsInCPython(PyCase c)
    {
        // spec: OBJ-BYTES-1
        Check(c);
    }
}
