// Chapter 1, live: what reference counting does, step by step.
//
//   dotnet run --project src/01-objects/Reference.Objects.Demo
//
// Every line printed is computed by the runtime; nothing here is hard-coded but the narration.
using Reference.Objects;

using PyRuntimeState runtime = PyRuntimeState.Create(new PyConfig { TraceRefs = true });
PyInterpreterState interp = runtime.MainInterpreter;

Say("1. A new object starts with one reference, owned by whoever created it.");
PyListObject box = PyListObject.New(0);
Show("box = []", box);

Say("2. Each container that holds it, and each extra owner, adds one; giving a reference back removes one.");
PyObject word = PyUnicodeObject.FromString("a word nobody else holds");
Show("word", word);
box.Append(word);
Show("box.append(word)", word);
word.IncRef();
Show("another owner: Py_INCREF(word)", word);
word.DecRef();
Show("that owner is done: Py_DECREF(word)", word);

Say("3. Immortal objects never count: None, True, small ints, interned strings.");
PyObject seven = PyLongObject.FromLong(7);
Show("7 (a small int)", seven);
box.Append(seven);
Show("after box.append(7)", seven);

Say("4. The last DecRef deallocates at once: the list releases what it holds, and so on down.");
word.DecRef(); // our own reference: now only the list holds the word
Show("word, held only by box", word);
long before = interp.Deallocations;
box.DecRef();
Console.WriteLine($"   box.DecRef() -> box dead: {box.IsDead}, word dead: {word.IsDead}, " +
                  $"objects deallocated by that one call: {interp.Deallocations - before}");

Say("5. A cycle keeps its own counts above zero, so counting alone never frees it.");
PyListObject a = PyListObject.New(0), b = PyListObject.New(0);
a.Append(b);
b.Append(a);
Show("a = [b]", a);
Show("b = [a]", b);
a.DecRef();
b.DecRef();
Console.WriteLine($"   after dropping our references: a dead: {a.IsDead}, b dead: {b.IsDead}, counts {a.RefCnt} and {b.RefCnt}");

Say("6. The cycle collector finds it: copy each count, subtract the references the objects hold to each other;");
Say("   what is left at zero is reachable only from the cycle itself.");
long found = interp.Gc.Collect();
Console.WriteLine($"   gc.collect() -> {found}; a dead: {a.IsDead}, b dead: {b.IsDead}");

Say("7. Every object this demo allocated has been deallocated again (refcount balance).");
Console.WriteLine($"   allocations {interp.Allocations}, deallocations {interp.Deallocations}, " +
                  $"immortalized {interp.Immortalized}, live {interp.LiveAllocations}");
return interp.LiveAllocations == 0 ? 0 : 1;

static void Say(string text) => Console.WriteLine(text);

static void Show(string what, PyObject o)
{
    string repr = PyObject.ReprToString(o) ?? "?";
    string count = o.IsImmortal ? $"immortal ({o.RefCnt})" : o.RefCnt.ToString(System.Globalization.CultureInfo.InvariantCulture);
    Console.WriteLine($"   {what,-36} {repr,-28} refcount {count}");
}
