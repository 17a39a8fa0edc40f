//! Reordering goals and actions with the mouse: a drag handle on each row,
//! dropped on another row of the same list. The ↑/↓ buttons do the same
//! from the keyboard.
//!
//! What is being dragged is kept here rather than in the drag's data: the
//! data is readable only on drop, and a row must say on `dragover` whether
//! it takes the drop. Nothing of the client's goes into the drag's data, so
//! dropping a row into another program carries no client text.

use std::cell::RefCell;
use std::rc::Rc;

use kohtaamo_model::case::plan::ItemId;
use yew::prelude::*;

/// A row being dragged: a goal, or an action within its goal.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Dragged {
    Goal(ItemId),
    Action { goal: ItemId, action: ItemId },
}

impl Dragged {
    /// Whether a row of the same list as `target` could take this drop.
    fn same_list(self, target: Dragged) -> bool {
        match (self, target) {
            (Dragged::Goal(_), Dragged::Goal(_)) => true,
            (Dragged::Action { goal: a, .. }, Dragged::Action { goal: b, .. }) => a == b,
            _ => false,
        }
    }
}

/// The drag in progress, shared by every row of the plan.
pub type Drag = Rc<RefCell<Option<Dragged>>>;

/// The handle's `dragstart`.
pub fn start(drag: &Drag, what: Dragged) -> Callback<DragEvent> {
    let drag = drag.clone();
    Callback::from(move |e: DragEvent| {
        // An action's handle sits inside its goal's row.
        e.stop_propagation();
        if let Some(data) = e.data_transfer() {
            data.set_effect_allowed("move");
            // WebKit starts a drag only with some data set.
            let _ = data.set_data("text/plain", "");
        }
        *drag.borrow_mut() = Some(what);
    })
}

/// The handle's `dragend`: dropped or not, the drag is over.
pub fn end(drag: &Drag) -> Callback<DragEvent> {
    let drag = drag.clone();
    Callback::from(move |_: DragEvent| *drag.borrow_mut() = None)
}

/// A row's `dragover`: it takes rows of its own list.
pub fn over(drag: &Drag, target: Dragged) -> Callback<DragEvent> {
    let drag = drag.clone();
    Callback::from(move |e: DragEvent| {
        if drag.borrow().is_some_and(|d| d.same_list(target)) {
            e.prevent_default();
            e.stop_propagation();
            if let Some(data) = e.data_transfer() {
                data.set_drop_effect("move");
            }
        }
    })
}

/// A row's `drop`: `moved` gets the dragged row, which takes this row's place.
pub fn drop(drag: &Drag, target: Dragged, moved: Callback<Dragged>) -> Callback<DragEvent> {
    let drag = drag.clone();
    Callback::from(move |e: DragEvent| {
        // A row of another list (an action row inside a goal being
        // dragged) lets the drop pass on to the row that takes it.
        let Some(dragged) = *drag.borrow() else {
            return;
        };
        if dragged.same_list(target) {
            *drag.borrow_mut() = None;
            e.prevent_default();
            e.stop_propagation();
            if dragged != target {
                moved.emit(dragged);
            }
        }
    })
}
